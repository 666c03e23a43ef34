package org.kisti.platform.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private int max;

    @Override
    public void initialize(PlainText constraint) {
        max = constraint.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isPlainText(value, max);
    }

    static boolean isPlainText(String value, int max) {
        if (value.length() > max) {
            return false;
        }
        boolean visible = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
                visible = true;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                return false;
            }
            if (type == Character.FORMAT && !isJoiner(c)) {
                return false; // zero-width spaces, bidi overrides: text that prints differently from what it says
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.FORMAT && !isBlank(c)) {
                visible = true;
            }
        }
        return visible;
    }

    /**
     * Letters by category that print as nothing: the Hangul fillers and the blank Braille pattern. A name of only
     * these looks empty on every collection sheet, so they never make a name visible on their own.
     */
    private static boolean isBlank(char c) {
        return c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0' || c == '\u2800';
    }

    /** Bengali and Hindi spell some letters with a zero-width (non-)joiner; those are part of the name. */
    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }
}
