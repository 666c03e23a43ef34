package org.kisti.savings.interest;

import java.time.LocalDate;
import java.util.List;

/**
 * Savings interest as the account's ideal history would have it: every movement known on its value date, every
 * posting credited on its period end. Pure: the same inputs give the same answer, whatever order the movements
 * come in, so the aggregate can recompute on a back-dated movement and post only the difference.
 */
public final class InterestCalculator {

    private InterestCalculator() {}

    /**
     * The postings an account opened on openedOn would have had, for every period ending on or before
     * {@code through}, had every movement been known in time.
     */
    public static List<Posting> postings(LocalDate openedOn, List<Movement> movements, List<InterestPolicy> policies,
            LocalDate through) {
        return InterestWalk.through(openedOn, movements, policies, through).postings();
    }

    /**
     * Interest accrued but not yet posted when the account closes: from the day after the last period end on or
     * before lastDay (or from openedOn if none) up to lastDay included, rounded HALF_UP to 0.01 once. When lastDay
     * is itself a period end, that period's posting covers it and this is 0.00 from the day after lastDay.
     */
    public static Posting accruedUpTo(LocalDate openedOn, List<Movement> movements, List<InterestPolicy> policies,
            LocalDate lastDay) {
        InterestWalk walk = InterestWalk.through(openedOn, movements, policies, lastDay);
        return new Posting(walk.openPeriodStart(), lastDay, walk.openInterest());
    }
}
