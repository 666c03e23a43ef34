package org.kisti.testing.badinput;

import java.util.ArrayList;
import java.util.List;

/**
 * What a request field holds, and so which values break the input contract for it (ADR 0009). Each bad value is raw
 * JSON, so numbers, arrays and malformed strings can be sent exactly as a hostile client would.
 */
public enum FieldKind {
    IDENTIFIER, TEXT, AMOUNT, RATE, CURRENCY, DATE, FACT_DATE, ENUM, COUNT;

    private static final String LONG_ID = "\"" + "x".repeat(65) + "\"";

    /** Raw JSON values that must be refused in a field of this kind; {@code enumNames} only for ENUM. */
    List<BadValue> badValues(List<String> enumNames) {
        List<BadValue> values = new ArrayList<>(common());
        switch (this) {
            case IDENTIFIER -> values.addAll(List.of(
                    bad("an empty id", "\"\""), bad("a blank id", "\" \""), bad("an id with a space", "\"a b\""),
                    bad("an id with a NUL", "\"a\\u0000b\""), bad("a 65-character id", LONG_ID),
                    bad("an id of zero-width spaces", "\"\\u200b\\u200b\""), bad("an id of NBSPs", "\"\\u00a0\""),
                    bad("an id starting with '-'", "\"-x\""), bad("a Bengali id", "\"রহিমা\""),
                    bad("an id with a slash", "\"a/b\""), bad("a number as an id", "7"),
                    bad("a boolean as an id", "true")));
            case TEXT -> values.addAll(List.of(
                    bad("empty text", "\"\""), bad("blank text", "\"   \""), bad("zero-width text", "\"\\u200b\\u200b\""),
                    bad("NBSP-only text", "\"\\u00a0\\u00a0\""), bad("text with a NUL", "\"Ra\\u0000hima\""),
                    bad("text with a bell", "\"Ra\\u0007hima\""), bad("text with a bidi override", "\"a\\u202eb\""),
                    bad("201 characters", "\"" + "a".repeat(201) + "\""), bad("10,001 characters",
                            "\"" + "a".repeat(10_001) + "\""), bad("a number as text", "123"),
                    bad("a lone surrogate", "\"\\ud800x\"")));
            case AMOUNT -> values.addAll(List.of(
                    bad("an amount as a JSON number", "100.00"), bad("a huge exponent", "\"1e400000\""),
                    bad("a tiny exponent", "\"1e-40000000\""), bad("a tinier exponent", "\"1e-400000000\""),
                    bad("a plus sign", "\"+1.00\""), bad("3 decimals", "\"1.005\""), bad("zero", "\"0\""),
                    bad("a negative amount", "\"-5.00\""), bad("above the maximum", "\"1000000000000.00\""),
                    bad("far above the maximum", "\"99999999999999999.99\""), bad("a padded amount", "\" 1.00\""),
                    bad("a thousands separator", "\"1,000.00\""), bad("NaN", "\"NaN\""),
                    bad("Infinity", "\"Infinity\""), bad("hex", "\"0x10\""), bad("an empty amount", "\"\""),
                    bad("Bengali digits", "\"১০০\""), bad("30 digits", "\"" + "1".repeat(30) + "\""),
                    bad("leading zeros", "\"0100.00\""), bad("a bare point", "\"100.\"")));
            case RATE -> values.addAll(List.of(
                    bad("a rate as a JSON number", "12.5"), bad("a huge exponent", "\"1e400000\""),
                    bad("a tiny exponent", "\"1e-40000000\""), bad("above 100", "\"100.0001\""),
                    bad("negative", "\"-1\""), bad("5 decimals", "\"12.12345\""), bad("a plus sign", "\"+12.5\"")));
            case CURRENCY -> values.addAll(List.of(
                    bad("an empty currency", "\"\""), bad("lower case", "\"bdt\""), bad("no 2 decimals", "\"JPY\""),
                    bad("not ISO 4217", "\"XYZ\""), bad("4 letters", "\"BDTX\""), bad("a number", "50"),
                    bad("a NUL", "\"B\\u0000T\"")));
            case DATE, FACT_DATE -> {
                values.addAll(List.of(
                        bad("an empty date", "\"\""), bad("epoch days", "20260105"), bad("an array", "[2026,1,5]"),
                        bad("a date-time", "\"2026-01-05T00:00:00\""), bad("year +999999999", "\"+999999999-12-31\""),
                        bad("year -999999999", "\"-999999999-01-01\""), bad("year +10000", "\"+10000-01-01\""),
                        bad("year 0", "\"0000-01-01\""), bad("year -1", "\"-0001-01-01\""),
                        bad("year 9999", "\"9999-12-31\""), bad("30 February", "\"2026-02-30\""),
                        bad("day first", "\"05/01/2026\""), bad("no leading zeros", "\"2026-1-5\""),
                        bad("padded", "\" 2026-01-05\""), bad("a boolean", "true"), bad("before 1900", "\"1899-12-31\"")));
                if (this == FACT_DATE) {
                    values.add(bad("a fact dated years ahead", "\"2190-01-01\""));
                }
            }
            case ENUM -> {
                String first = enumNames.get(0);
                values.addAll(List.of(
                        bad("an ordinal", "0"), bad("a numeric string", "\"0\""), bad("a padded name", "\" " + first + "\""),
                        bad("lower case", "\"" + first.toLowerCase() + "\""), bad("an unknown name", "\"COMPOUND\""),
                        bad("an empty name", "\"\"")));
            }
            case COUNT -> values.addAll(List.of(
                    bad("a fraction", "46.5"), bad("a string", "\"46\""), bad("a boolean", "true"), bad("zero", "0"),
                    bad("negative", "-1"), bad("above 520", "521"), bad("beyond an int", "99999999999"),
                    bad("an exponent", "1e2"), bad("a 30-digit number", "1" + "0".repeat(29))));
        }
        return values;
    }

    private static List<BadValue> common() {
        return List.of(bad("an object", "{}"), bad("an array", "[\"x\"]"));
    }

    private static BadValue bad(String description, String json) {
        return new BadValue(description, json);
    }

    /** One bad value as raw JSON, and what is wrong with it. */
    record BadValue(String description, String json) {}
}
