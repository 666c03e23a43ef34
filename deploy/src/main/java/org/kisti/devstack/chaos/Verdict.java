package org.kisti.devstack.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What the audit found: each check with what it saw; the run passes only if every check does. */
public final class Verdict {

    /** One check: its claim in words, whether it held, and the figures behind it. */
    public record Check(String claim, boolean held, String seen) {}

    private final List<Check> checks = new ArrayList<>();

    void check(String claim, boolean held, String seen) {
        checks.add(new Check(claim, held, seen));
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::held);
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    void print(PrintStream out) {
        out.println("| check | held | seen |");
        out.println("|---|---|---|");
        for (Check check : checks) {
            out.printf("| %s | %s | %s |%n", check.claim(), check.held() ? "yes" : "**NO**", check.seen());
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Check check : checks) {
            text.append(check.held() ? "  ok   " : "  FAIL ").append(check.claim()).append(": ").append(check.seen())
                    .append('\n');
        }
        return text.toString();
    }
}
