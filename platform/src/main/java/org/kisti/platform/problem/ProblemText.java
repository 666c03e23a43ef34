package org.kisti.platform.problem;

/** Keeps what a problem echoes short: a hostile value can be megabytes, and an answer must cost what the request did. */
final class ProblemText {

    static final int MAX_ECHO = 64;
    static final int MAX_TEXT = 400;

    private ProblemText() {}

    /** A value as a problem may quote it: at most {@value #MAX_ECHO} characters, control characters shown as '?'. */
    static String abbreviate(String value) {
        return bounded(value, MAX_ECHO);
    }

    /** A rule or detail, at most {@value #MAX_TEXT} characters. */
    static String bounded(String text) {
        return bounded(text, MAX_TEXT);
    }

    private static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        String cut = text.length() > max ? text.substring(0, max) + "…" : text;
        StringBuilder clean = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return clean.toString();
    }
}
