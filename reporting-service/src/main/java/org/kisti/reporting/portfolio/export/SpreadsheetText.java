package org.kisti.reporting.portfolio.export;

/**
 * Defuses text that a spreadsheet opening a CSV would run as a formula (OWASP "CSV injection"): labels and keys come
 * from what users typed, and a branch named {@code =HYPERLINK(...)} must stay a name. Only for text columns: a value
 * column's leading minus is a negative number, not an attack.
 */
final class SpreadsheetText {

    private SpreadsheetText() {}

    /** The text with a single quote in front when it begins with = + - @, a tab or a carriage return; else as is. */
    static String defuse(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
