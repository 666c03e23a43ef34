package org.kisti.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum value is its exact name as a JSON string. Jackson on its own also takes ordinals ({@code 0}), numeric
 * strings ({@code "0"}) and padded names ({@code " WEEKLY"}); each would store a choice the caller never spelled out.
 */
final class StrictEnums extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
            DeserializationConfig config, JavaType type, BeanDescription description, JsonDeserializer<?> original) {
        return new ByName(type.getRawClass());
    }

    private static final class ByName extends StdScalarDeserializer<Object> {

        private final Enum<?>[] constants;
        private final String rule;

        ByName(Class<?> enumType) {
            super(enumType);
            this.constants = (Enum<?>[]) enumType.getEnumConstants();
            this.rule = "must be one of " + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                for (Enum<?> constant : constants) {
                    if (constant.name().equals(text)) {
                        return constant;
                    }
                }
            }
            throw new JsonRuleViolation(parser, rule);
        }
    }
}
