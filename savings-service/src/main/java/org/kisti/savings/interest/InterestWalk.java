package org.kisti.savings.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The account's ideal history, one day at a time from its opening: each day accrues on its basis at the rate in
 * force, and each period end under the policy in force posts the period's interest, which joins the balance from
 * the next day. Shared by the periodic postings and the accrual on closing so that both tell the same history.
 */
final class InterestWalk {

    /** ACTUAL/365 with the rate in percent: a day's interest is basis × rate / 36500, whatever the year's length. */
    private static final BigDecimal DAYS_TIMES_PERCENT = BigDecimal.valueOf(36_500);

    private final PolicyTimeline policies;
    private final DailyBalances balances;
    private final List<Posting> postings = new ArrayList<>();
    /** Interest posted so far; part of the balance from the day after each posting. */
    private BigDecimal credited = BigDecimal.ZERO;
    private LocalDate periodStart;
    /** Σ basis × rate over the open period's days, exact; divided and rounded once when the period is posted. */
    private BigDecimal openSum = BigDecimal.ZERO;
    private YearMonth lowestMonth;
    private BigDecimal lowestInMonth;

    private InterestWalk(PolicyTimeline policies, DailyBalances balances) {
        this.policies = policies;
        this.balances = balances;
        this.periodStart = balances.first();
    }

    /** Walks from openedOn to lastDay, both included; nothing is walked if lastDay is before openedOn. */
    static InterestWalk through(LocalDate openedOn, List<Movement> movements, List<InterestPolicy> policies,
            LocalDate lastDay) {
        InterestWalk walk = new InterestWalk(new PolicyTimeline(policies), DailyBalances.of(movements, openedOn, lastDay));
        for (LocalDate day = openedOn; !day.isAfter(lastDay); day = day.plusDays(1)) {
            walk.accrue(day);
        }
        return walk;
    }

    /** The postings of every period that ended within the walk. */
    List<Posting> postings() {
        return List.copyOf(postings);
    }

    /** The first day not yet covered by a posting. */
    LocalDate openPeriodStart() {
        return periodStart;
    }

    /** The interest accrued since the last posting, rounded HALF_UP to 0.01 once. */
    BigDecimal openInterest() {
        return rounded(openSum);
    }

    private void accrue(LocalDate day) {
        InterestPolicy policy = policies.inForceOn(day);
        if (policy == null) {
            return;
        }
        openSum = openSum.add(basisOn(day, policy.basis()).multiply(policy.annualRate()));
        if (policy.period().endsOn(day)) {
            BigDecimal interest = rounded(openSum);
            postings.add(new Posting(periodStart, day, interest));
            // Credited after the day's own accrual: the posting earns from the next day.
            credited = credited.add(interest);
            periodStart = day.plusDays(1);
            openSum = BigDecimal.ZERO;
        }
    }

    private BigDecimal basisOn(LocalDate day, BalanceBasis basis) {
        if (basis == BalanceBasis.DAILY_BALANCE) {
            return balanceOn(day);
        }
        YearMonth month = YearMonth.from(day);
        if (!month.equals(lowestMonth)) {
            lowestMonth = month;
            lowestInMonth = lowestBalanceIn(month);
        }
        return lowestInMonth;
    }

    private BigDecimal balanceOn(LocalDate day) {
        return balances.on(day).add(credited);
    }

    /**
     * The lowest end-of-day balance over the month's days, up to the walk's last day when the month runs past it.
     * Every period ends on a month end, so what is credited stays the same through a month and is known on its
     * first day; days before the opening count as 0.
     */
    private BigDecimal lowestBalanceIn(YearMonth month) {
        LocalDate from = month.atDay(1);
        BigDecimal lowest = null;
        if (from.isBefore(balances.first())) {
            lowest = BigDecimal.ZERO;
            from = balances.first();
        }
        LocalDate to = month.atEndOfMonth().isAfter(balances.last()) ? balances.last() : month.atEndOfMonth();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            BigDecimal balance = balanceOn(day);
            if (lowest == null || balance.compareTo(lowest) < 0) {
                lowest = balance;
            }
        }
        return lowest;
    }

    private static BigDecimal rounded(BigDecimal sum) {
        return sum.divide(DAYS_TIMES_PERCENT, 2, RoundingMode.HALF_UP);
    }
}
