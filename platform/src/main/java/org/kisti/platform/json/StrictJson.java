package org.kisti.platform.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one reading of request bodies every service shares: a value means what it says or it is refused, naming the
 * field. No duplicate keys, nothing after the document, no coercion between strings, numbers and booleans, no
 * fractions where a count belongs; amounts, dates and enums by their strict readers; sizes bounded.
 */
public final class StrictJson {

    /** The longest string value a request may carry; each field then has its own, shorter limit. */
    public static final int MAX_STRING_LENGTH = 10_000;
    public static final int MAX_NESTING_DEPTH = 16;
    /** JSON numbers are only counts here; amounts and rates are strings (see {@link DecimalStrings}). */
    public static final int MAX_NUMBER_LENGTH = 20;

    private StrictJson() {}

    public static void apply(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                    CoercionInputShape.EmptyString, CoercionInputShape.Array, CoercionInputShape.Object}) {
                if (!accepts(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        SimpleModule readers = new SimpleModule("kisti-strict-input");
        readers.addDeserializer(BigDecimal.class, new DecimalStrings());
        readers.addDeserializer(LocalDate.class, new IsoDates());
        readers.setDeserializerModifier(new StrictEnums());
        mapper.registerModule(readers);
    }

    /** The one natural shape of each logical type; strings are read by the strict readers where they apply. */
    private static boolean accepts(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual, DateTime, Enum -> shape == CoercionInputShape.String;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.String;
            case Boolean -> false;
            default -> true;
        };
    }
}
