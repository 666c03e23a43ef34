package org.kisti.savings.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsInterestPosted.RateInForce;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.platform.time.InForce;
import org.kisti.savings.interest.BalanceBasis;
import org.kisti.savings.interest.InterestCalculator;
import org.kisti.savings.interest.InterestPolicy;
import org.kisti.savings.interest.Posting;
import org.kisti.savings.interest.PostingPeriod;
import org.kisti.savings.ledger.AccountState;

/**
 * When interest is credited, one pure decision each: at a period end of the product, and to date as the account
 * closes. Both credit what {@link InterestCalculator} says the account would have had, had every movement been known
 * in time, so an adjustment line carries whatever a back-dated movement changed in periods already posted: what is
 * posted always adds up to a recompute over all movements.
 */
public final class InterestRules {

    private InterestRules() {}

    /**
     * The posting for {@code command.periodEnd()}, or nothing: on a closed account, before it opened, when no version
     * of its product is in force or its posting period does not end that day, when that period or a later one was
     * already posted (posting twice changes nothing), and when there is nothing to credit.
     */
    public static Optional<SavingsInterestPosted> post(AccountState account, PostInterest command) {
        LocalDate periodEnd = command.periodEnd();
        if (account.closed || account.productId == null || periodEnd.isBefore(account.openedOn)
                || (account.lastPeriodEnd != null && !periodEnd.isAfter(account.lastPeriodEnd))) {
            return Optional.empty();
        }
        List<InterestPolicy> policies = policies(command.versions());
        Optional<InterestPolicy> inForce = InForce.on(policies, InterestPolicy::effectiveFrom, periodEnd);
        if (inForce.isEmpty() || !inForce.get().period().endsOn(periodEnd)) {
            return Optional.empty();
        }
        List<Posting> ideal = InterestCalculator.postings(account.openedOn, account.ownMovements(), policies,
                periodEnd);
        Posting last = ideal.get(ideal.size() - 1);
        if (!last.periodEnd().equals(periodEnd)) {
            return Optional.empty();
        }
        BigDecimal earlier = sum(ideal.subList(0, ideal.size() - 1));
        return credit(account, command.postingId(), last, earlier, policies, false);
    }

    /**
     * The interest to date as the account closes on {@code closingOn}: accrued from the day after the last period
     * end up to the day before, plus any adjustment owed for the periods before; nothing if none is due.
     */
    public static Optional<SavingsInterestPosted> toDate(AccountState account, List<SavingsProductVersioned> versions,
            LocalDate closingOn, String postingId) {
        LocalDate lastDay = closingOn.minusDays(1);
        if (account.productId == null || lastDay.isBefore(account.openedOn)) {
            return Optional.empty();
        }
        List<InterestPolicy> policies = policies(versions);
        BigDecimal earlier = sum(InterestCalculator.postings(account.openedOn, account.ownMovements(), policies,
                lastDay));
        Posting accrued = InterestCalculator.accruedUpTo(account.openedOn, account.ownMovements(), policies, lastDay);
        return credit(account, postingId, accrued, earlier, policies, true);
    }

    private static Optional<SavingsInterestPosted> credit(AccountState account, String postingId, Posting period,
            BigDecimal idealBefore, List<InterestPolicy> policies, boolean closing) {
        Money interest = new Money(period.interest(), account.currency);
        Money adjustment = new Money(idealBefore.subtract(account.interestPosted), account.currency);
        if (interest.amount().signum() == 0 && adjustment.amount().signum() == 0) {
            return Optional.empty();
        }
        BalanceBasis basis = InForce.on(policies, InterestPolicy::effectiveFrom, period.periodEnd())
                .map(InterestPolicy::basis).orElse(BalanceBasis.DAILY_BALANCE);
        return Optional.of(new SavingsInterestPosted(account.orgId, account.accountId, account.memberId, postingId,
                period.periodStart(), period.periodEnd(), interest, adjustment, basis.name(),
                ratesWithin(policies, period.periodStart(), period.periodEnd()), closing));
    }

    /** The product's interest policy, version by version. */
    public static List<InterestPolicy> policies(List<SavingsProductVersioned> versions) {
        return versions.stream().sorted(Comparator.comparing(SavingsProductVersioned::effectiveFrom))
                .map(v -> new InterestPolicy(v.effectiveFrom(), v.annualInterestRate(),
                        BalanceBasis.valueOf(v.balanceBasis()), PostingPeriod.valueOf(v.postingPeriod())))
                .toList();
    }

    /** Each rate in force within [start, end], from its first day in it. */
    static List<RateInForce> ratesWithin(List<InterestPolicy> policies, LocalDate start, LocalDate end) {
        List<RateInForce> rates = new ArrayList<>();
        InForce.on(policies, InterestPolicy::effectiveFrom, start)
                .ifPresent(p -> rates.add(new RateInForce(start, p.annualRate())));
        policies.stream().filter(p -> p.effectiveFrom().isAfter(start) && !p.effectiveFrom().isAfter(end))
                .forEach(p -> rates.add(new RateInForce(p.effectiveFrom(), p.annualRate())));
        return rates;
    }

    private static BigDecimal sum(List<Posting> postings) {
        return postings.stream().map(Posting::interest).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
