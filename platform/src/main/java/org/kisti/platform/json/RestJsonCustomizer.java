package org.kisti.platform.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * The REST layer's JSON: amounts and rates leave as decimal strings, as in the events, so no client ever sees a binary
 * float; requests are read by {@link StrictJson}.
 */
@Singleton
public class RestJsonCustomizer implements ObjectMapperCustomizer {

    /**
     * Last of all customizers, after Quarkus's own registers the JavaTimeModule: Jackson prefers the deserializers of
     * the module registered last, and the strict date reader must be the one that reads a {@code LocalDate}.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(SerializationFeature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        StrictJson.apply(mapper);
    }
}
