package org.kisti.testing.badinput;

import static org.kisti.testing.badinput.BadValue.bad;
import static org.kisti.testing.badinput.BadValue.badString;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of bad values per {@link FieldKind}, as raw JSON. Each is bad for its kind whatever the other fields
 * hold, so a body with one of them in one field is bad for exactly that reason. Most come from the hostile test that
 * led to ADR 0009 (exponents that cost seconds of CPU, years that sort before every real date, ids longer than the
 * columns); the rest are the ways a client library, a spreadsheet export or a hand-typed request gets a value subtly
 * wrong.
 */
final class BadValues {

    /** Nested one level deeper than the strict reader allows (16), even inside a field at depth 1. */
    static final String TOO_DEEP = "[".repeat(17) + "]".repeat(17);
    /** Beyond the longest string value any request may carry (10,000 characters). */
    static final String TOO_LONG = "\"" + "a".repeat(10_001) + "\"";

    private BadValues() {}

    static List<BadValue> of(FieldKind kind, List<String> enumNames) {
        List<BadValue> values = new ArrayList<>();
        if (kind != FieldKind.OBJECT) {
            values.addAll(wrongShapes());
        }
        values.addAll(switch (kind) {
            case IDENTIFIER -> identifiers();
            case TEXT -> texts();
            case AMOUNT -> amounts();
            case FEE -> fees();
            case DECIMAL -> decimals();
            case RATE -> rates();
            case CURRENCY -> currencies();
            case DATE -> dates();
            case FACT_DATE -> factDates();
            case ENUM -> enums(enumNames);
            case COUNT -> counts();
            case OBJECT -> objects();
        });
        return distinct(values);
    }

    /** Shapes no scalar field takes. */
    private static List<BadValue> wrongShapes() {
        return List.of(bad("an object", "{}"), bad("an array", "[\"x\"]"), bad("an empty array", "[]"),
                bad("nesting 17 deep", TOO_DEEP));
    }

    private static List<BadValue> identifiers() {
        return List.of(
                badString("an empty id", ""), badString("a blank id", " "), badString("an id with a space", "a b"),
                badString("an id with a NUL", "a\\u0000b"), badString("an id with a tab", "a\\tb"),
                badString("an id ending in a newline", "abc\\n"), badString("a 65-character id", "x".repeat(65)),
                bad("a 10,001-character id", TOO_LONG),
                badString("an id of zero-width spaces", "\\u200b\\u200b"), badString("an id of NBSPs", "\\u00a0"),
                badString("an id with a zero-width space", "ab\\u200bc"), badString("an id starting with '-'", "-x"),
                badString("an id starting with '.'", ".x"), badString("an id starting with '_'", "_x"),
                badString("an id of two dots", ".."), badString("a Bengali id", "\\u09b0\\u09b9\\u09bf\\u09ae\\u09be"),
                badString("an id with an accented letter", "caf\\u00e9"), badString("a fullwidth id", "\\uff21\\uff22"),
                badString("an id with a slash", "a/b"), badString("an id with a backslash", "a\\\\b"),
                badString("an id with a percent sign", "a%2Fb"), badString("an id with a semicolon", "a;b"),
                badString("an id with a question mark", "a?b"), badString("an id with a hash", "a#b"),
                bad("a number as an id", "7"), bad("a boolean as an id", "true"));
    }

    private static List<BadValue> texts() {
        return List.of(
                badString("empty text", ""), badString("blank text", "   "), badString("only tabs", "\\t\\t"),
                badString("zero-width text", "\\u200b\\u200b"), badString("NBSP-only text", "\\u00a0\\u00a0"),
                badString("only byte-order marks", "\\ufeff\\ufeff"), badString("only word joiners", "\\u2060"),
                badString("only ideographic spaces", "\\u3000\\u3000"), badString("only line separators", "\\u2028"),
                badString("only zero-width joiners", "\\u200d\\u200d"),
                badString("only Hangul fillers, which print as nothing", "\\u3164\\u3164"),
                badString("only blank Braille cells, which print as nothing", "\\u2800\\u2800"),
                badString("text with a NUL", "Ra\\u0000hima"), badString("text with a bell", "Ra\\u0007hima"),
                badString("text with a newline", "Rahima\\nBegum"), badString("text with a carriage return",
                        "Rahima\\rBegum"), badString("text with an escape character", "Ra\\u001b[31mhima"),
                badString("text with DEL", "Ra\\u007fhima"), badString("text with a C1 control", "Ra\\u0085hima"),
                badString("text with a bidi override", "a\\u202eb"), badString("text with a zero-width space",
                        "Ra\\u200bhima"), badString("text with a private-use character", "Ra\\ue000hima"),
                badString("text with an unassigned code point", "Ra\\u0378hima"),
                badString("201 characters", "a".repeat(201)), bad("10,001 characters", TOO_LONG),
                bad("a number as text", "123"), bad("a boolean as text", "true"),
                badString("a lone high surrogate", "\\ud800x"), badString("a lone low surrogate", "x\\udc00"));
    }

    /** Wrong for any decimal string, whatever its range: the shape {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, ≤ 24. */
    private static List<BadValue> decimals() {
        return List.of(
                bad("a decimal as a JSON number", "100.00"), bad("a JSON integer", "100"),
                bad("a JSON number with a huge exponent", "1e400000"), bad("a JSON boolean", "true"),
                badString("a huge exponent", "1e400000"), badString("a tiny exponent", "1e-40000000"),
                badString("a tinier exponent", "1e-400000000"), badString("an upper-case exponent", "1E2"),
                badString("a plus sign", "+1.00"), badString("a padded decimal", " 1.00"),
                badString("a trailing space", "1.00 "), badString("a thousands separator", "1,000.00"),
                badString("a decimal comma", "1,5"), badString("an underscore", "1_000"),
                badString("NaN", "NaN"), badString("Infinity", "Infinity"), badString("-Infinity", "-Infinity"),
                badString("hex", "0x10"), badString("an empty decimal", ""), badString("a bare minus", "-"),
                badString("two minus signs", "--1"), badString("two points", "1.0.0"),
                badString("Bengali digits", "\\u09e7\\u09e6\\u09e6"), badString("fullwidth digits", "\\uff11\\uff10"),
                badString("30 digits", "1".repeat(30)), badString("25 characters", "1234567890123456789012.50"),
                badString("leading zeros", "0100.00"), badString("a bare point", "100."),
                badString("no digit before the point", ".50"));
    }

    private static List<BadValue> amounts() {
        List<BadValue> values = new ArrayList<>(decimals());
        values.addAll(List.of(
                badString("zero", "0"), badString("zero with decimals", "0.00"), badString("negative zero", "-0.00"),
                badString("a negative amount", "-5.00"), badString("3 decimals", "1.005"),
                badString("below a paisa", "0.001"), badString("3 decimals just below the maximum",
                        "999999999999.999"), badString("above the maximum", "1000000000000.00"),
                badString("above the maximum without decimals", "1000000000000"),
                badString("far above the maximum", "99999999999999999.99")));
        return values;
    }

    private static List<BadValue> fees() {
        List<BadValue> values = new ArrayList<>(decimals());
        values.addAll(List.of(
                badString("a negative charge", "-5.00"), badString("3 decimals", "1.005"),
                badString("above the maximum", "1000000000000.00"),
                badString("far above the maximum", "99999999999999999.99")));
        return values;
    }

    private static List<BadValue> rates() {
        List<BadValue> values = new ArrayList<>(decimals());
        values.addAll(List.of(
                badString("above 100", "100.0001"), badString("far above 100", "101"), badString("negative", "-1"),
                badString("slightly negative", "-0.0001"), badString("5 decimals", "12.12345")));
        return values;
    }

    private static List<BadValue> currencies() {
        return List.of(
                badString("an empty currency", ""), badString("lower case", "bdt"), badString("mixed case", "Bdt"),
                badString("a padded code", " BDT"), badString("a trailing space", "BDT "),
                badString("a trailing newline", "BDT\\n"), badString("no decimals (yen)", "JPY"),
                badString("3 decimals (Kuwaiti dinar)", "KWD"), badString("gold, no currency", "XAU"),
                badString("the code for no currency", "XXX"), badString("not ISO 4217", "XYZ"),
                badString("a currency withdrawn in 2002 (Deutsche Mark)", "DEM"),
                badString("a currency withdrawn in 2009 (Zimbabwe dollar of 1980)", "ZWD"),
                badString("4 letters", "BDTX"), badString("2 letters", "BD"), badString("the taka sign", "\\u09f3"),
                badString("a NUL", "B\\u0000T"), bad("a number", "50"), bad("a boolean", "true"));
    }

    private static List<BadValue> dates() {
        return List.of(
                badString("an empty date", ""), bad("epoch days", "20260105"), bad("a date as a JSON number",
                        "2026.0105"), bad("an array", "[2026,1,5]"), bad("an object",
                        "{\"year\":2026,\"month\":1,\"day\":5}"), bad("a boolean", "true"),
                badString("a date-time", "2026-01-05T00:00:00"), badString("a date-time with a zone",
                        "2026-01-05T00:00:00Z"), badString("a date with a zone", "2026-01-05Z"),
                badString("a date with an offset", "2026-01-05+06:00"), badString("year +999999999",
                        "+999999999-12-31"), badString("year -999999999", "-999999999-01-01"),
                badString("year +10000", "+10000-01-01"), badString("a signed 4-digit year", "+2026-01-05"),
                badString("a negative year", "-2026-01-05"), badString("year 0", "0000-01-01"),
                badString("year -1", "-0001-01-01"), badString("year 9999", "9999-12-31"),
                badString("the first day after the window", "2200-01-01"), badString("before 1900", "1899-12-31"),
                badString("30 February", "2026-02-30"), badString("29 February of a common year", "2027-02-29"),
                badString("month 13", "2026-13-01"), badString("month 0", "2026-00-10"), badString("day 32",
                        "2026-01-32"), badString("day 0", "2026-01-00"), badString("day first", "05/01/2026"),
                badString("slashes", "2026/01/05"), badString("no separators", "20260105"),
                badString("no leading zeros", "2026-1-5"), badString("a week date", "2026-W02-1"),
                badString("an ordinal date", "2026-005"), badString("padded", " 2026-01-05"),
                badString("a trailing space", "2026-01-05 "), badString("a trailing newline", "2026-01-05\\n"),
                badString("fullwidth digits", "\\uff12\\uff10\\uff12\\uff16-01-05"),
                badString("Bengali digits", "\\u09e8\\u09e6\\u09e8\\u09ec-\\u09e6\\u09e7-\\u09e6\\u09eb"));
    }

    /**
     * Fact dates: every bad date, and days after tomorrow in any zone (the rule allows today plus a day in the business
     * zone, Asia/Dhaka by default; three days after today in UTC is beyond that wherever the clock stands).
     */
    private static List<BadValue> factDates() {
        List<BadValue> values = new ArrayList<>(dates());
        LocalDate threeDaysAhead = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        values.addAll(List.of(
                badString("three days ahead", threeDaysAhead.toString()),
                badString("a year ahead", threeDaysAhead.plusYears(1).toString()),
                badString("a fact dated in the window's last year", "2199-12-31")));
        return values;
    }

    private static List<BadValue> enums(List<String> names) {
        String first = names.get(0);
        String last = names.get(names.size() - 1);
        List<BadValue> values = new ArrayList<>(List.of(
                bad("an ordinal", "0"), bad("the last ordinal", String.valueOf(names.size() - 1)),
                badString("a numeric string", "0"), badString("a padded name", " " + first),
                badString("a name with a trailing space", first + " "), badString("lower case",
                        first.toLowerCase()), badString("lower case of another name", last.toLowerCase()),
                badString("title case", first.charAt(0) + first.substring(1).toLowerCase()),
                badString("a name with a NUL", first + "\\u0000"), badString("a name with a zero-width space",
                        first + "\\u200b"), badString("an unknown name", "COMPOUND"), badString("an empty name", ""),
                bad("a boolean", "true"), bad("a 10,001-character name", TOO_LONG)));
        names.stream().filter(name -> name.contains("_")).findFirst().ifPresent(name -> values.add(
                badString("a hyphen for the underscore", name.replace('_', '-'))));
        return values;
    }

    private static List<BadValue> counts() {
        return List.of(
                bad("a fraction", "46.5"), bad("a whole number written as a fraction", "46.0"),
                bad("an exponent", "1e2"), bad("a fraction as an exponent", "4.6e1"),
                bad("a huge exponent", "1e400000"), badString("a string", "46"), badString("an empty string", ""),
                bad("a boolean", "true"), bad("zero", "0"), bad("negative", "-1"), bad("above 520", "521"),
                bad("just beyond an int", "2147483648"), bad("just below an int", "-2147483649"),
                bad("beyond an int", "99999999999"), bad("a 30-digit number", "1" + "0".repeat(29)));
    }

    /** Wrong shapes for a nested object; its fields are broken one by one as fields of their own. */
    private static List<BadValue> objects() {
        return List.of(
                badString("a string", "x"), badString("an empty string", ""), bad("a number", "1"),
                bad("a boolean", "true"), bad("an empty array", "[]"), bad("an array of objects", "[{}]"),
                bad("nesting 17 deep", TOO_DEEP));
    }

    /** One value per description: a kind may reach the same case twice. */
    private static List<BadValue> distinct(List<BadValue> values) {
        Map<String, BadValue> byDescription = new LinkedHashMap<>();
        for (BadValue value : values) {
            byDescription.putIfAbsent(value.description(), value);
        }
        return List.copyOf(byDescription.values());
    }
}
