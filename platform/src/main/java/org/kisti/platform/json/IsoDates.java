package org.kisti.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.kisti.events.BusinessWindow;

/**
 * Business dates arrive as {@code "YYYY-MM-DD"} strings inside {@link BusinessWindow}, nothing else: no epoch-day
 * numbers, arrays, date-times, signed or five-digit years. Every reader (Java, PostgreSQL, a partner's spreadsheet)
 * then agrees on the day.
 */
public final class IsoDates extends StdScalarDeserializer<LocalDate> {

    IsoDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new JsonRuleViolation(parser, BusinessWindow.RULE);
        }
        return parse(parser.getText()).orElseThrow(() -> new JsonRuleViolation(parser, BusinessWindow.RULE));
    }

    /** The date, if the text is exactly {@code YYYY-MM-DD}, a real day, inside the business window. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return Optional.empty();
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return Optional.empty();
            }
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to March.
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return BusinessWindow.contains(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
