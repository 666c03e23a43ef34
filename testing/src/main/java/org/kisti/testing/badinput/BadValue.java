package org.kisti.testing.badinput;

/**
 * One bad value for a field, as raw JSON (so numbers, arrays and malformed strings go out exactly as a hostile client
 * would send them), and what is wrong with it: the description is what a failing test prints.
 */
public record BadValue(String description, String json) {

    static BadValue bad(String description, String json) {
        return new BadValue(description, json);
    }

    /** A JSON string holding the text as given; escapes such as {@code \u0000} are written by the caller. */
    static BadValue badString(String description, String escapedText) {
        return new BadValue(description, "\"" + escapedText + "\"");
    }
}
