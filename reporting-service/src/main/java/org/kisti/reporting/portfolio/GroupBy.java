package org.kisti.reporting.portfolio;

import java.util.Locale;
import org.kisti.events.Identifier;
import org.kisti.platform.problem.ProblemException;

/**
 * The roll-up a report is asked for. Branch, group, officer and federation attribute by the member (her group on the
 * date, its branch, officer and affiliation then); product, fund and purpose by what the loan recorded.
 *
 * @param level the federation level, for {@link Kind#FEDERATION} only
 */
public record GroupBy(Kind kind, String level) {

    public static final String FIELD = "groupBy";
    static final String RULE = "one of branch, group, officer, product, fund, purpose or federation:<LEVEL>";
    static final String RULE_TEXT = "The roll-up: " + RULE + "; none for the totals alone";

    public enum Kind { NONE, BRANCH, GROUP, OFFICER, PRODUCT, FUND, PURPOSE, FEDERATION }

    public static final GroupBy NONE = new GroupBy(Kind.NONE, null);

    /** @throws ProblemException 400 naming groupBy, for anything but the forms above */
    public static GroupBy parse(String text) {
        if (text == null) {
            return NONE;
        }
        if (text.startsWith("federation:")) {
            String level = text.substring("federation:".length());
            if (!Identifier.isValid(level)) {
                throw ProblemException.invalid(FIELD, "federation:<LEVEL> with LEVEL " + Identifier.RULE);
            }
            return new GroupBy(Kind.FEDERATION, level);
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.NONE && kind != Kind.FEDERATION && kind.name().toLowerCase(Locale.ROOT).equals(text)) {
                return new GroupBy(kind, null);
            }
        }
        throw ProblemException.invalid(FIELD, "must be " + RULE);
    }

    /** True where the key is the member's (her group's): member figures then have rows of their own. */
    public boolean byMember() {
        return kind == Kind.BRANCH || kind == Kind.GROUP || kind == Kind.OFFICER || kind == Kind.FEDERATION;
    }

    /** As asked for, or null without a roll-up. */
    public String text() {
        if (kind == Kind.NONE) {
            return null;
        }
        String name = kind.name().toLowerCase(Locale.ROOT);
        return kind == Kind.FEDERATION ? name + ":" + level : name;
    }
}
