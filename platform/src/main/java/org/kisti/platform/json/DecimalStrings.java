package org.kisti.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Amounts and rates arrive as plain decimal strings ({@code "245.00"}), never as JSON numbers, exponents or signs
 * other than a leading minus. The text is bounded and checked character by character before a {@link BigDecimal}
 * exists, so {@code "1e400000"} costs what {@code "1"} costs. Ranges and decimal places are each field's own rule.
 */
public final class DecimalStrings extends StdScalarDeserializer<BigDecimal> {

    public static final int MAX_LENGTH = 24;
    static final String RULE = "must be a decimal string such as \"245.00\": digits with an optional fraction, "
            + "no exponent, at most " + MAX_LENGTH + " characters";

    DecimalStrings() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new JsonRuleViolation(parser, RULE);
        }
        String text = parser.getText();
        if (!isPlainDecimal(text)) {
            throw new JsonRuleViolation(parser, RULE);
        }
        return new BigDecimal(text);
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, at most {@link #MAX_LENGTH} characters. */
    static boolean isPlainDecimal(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int integerStart = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        int integerDigits = i - integerStart;
        if (integerDigits == 0 || (integerDigits > 1 && text.charAt(integerStart) == '0')) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.' || i == text.length() - 1) {
            return false;
        }
        for (i++; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
