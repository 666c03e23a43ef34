package org.kisti.events;

/**
 * The one definition of an identifier, for organisations, members, groups, accounts, loans, payments and idempotency
 * keys alike: at the REST edge, in every event and in every table that stores one. A value that passes
 * {@link #isValid} fits every column ({@code varchar(64)}) and every header, and means the same thing in a URL.
 */
public final class Identifier {

    public static final int MAX_LENGTH = 64;
    public static final String REGEX = "[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}";
    public static final String RULE = "must be 1 to " + MAX_LENGTH
            + " characters of letters A-Z a-z, digits and . _ : -, starting with a letter or digit";

    private Identifier() {}

    /** Linear in the length, and the length is checked first: a hostile value costs nothing. */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !alphanumeric(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!alphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
