package org.kisti.reporting.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kisti.events.Money;
import org.kisti.reporting.classification.ClassificationPolicy;
import org.kisti.reporting.classification.ClassificationPolicy.LoanClassRule;
import org.kisti.reporting.portfolio.PortfolioFigures.LoanClass;
import org.kisti.reporting.portfolio.PortfolioFigures.LoansDisbursed;

/**
 * The sums one key of a report is made of, as the queries return them; the figures are derived from them only, and
 * totals are the tallies of the rows merged, so the additive figures sum to the totals by construction and every
 * ratio is computed from summed amounts, never averaged. Member figures stay null where they were not counted.
 */
final class PortfolioTally {

    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    Long activeMembers;
    Long activeBorrowers;
    Map<String, BigDecimal> savings;
    long disbursedCount;
    final Map<String, BigDecimal> disbursed = new TreeMap<>();
    long disbursedInPeriodCount;
    final Map<String, BigDecimal> disbursedInPeriod = new TreeMap<>();
    final Map<String, BigDecimal> outstanding = new TreeMap<>();
    final Map<String, BigDecimal> outstandingBefore = new TreeMap<>();
    final Map<String, BigDecimal> writtenOff = new TreeMap<>();
    final Map<String, BigDecimal> recoveries = new TreeMap<>();
    final Map<String, BigDecimal> interestAndFees = new TreeMap<>();
    final Map<String, BigDecimal> otrDue = new TreeMap<>();
    final Map<String, BigDecimal> otrPaid = new TreeMap<>();
    final Map<String, BigDecimal> crrDue = new TreeMap<>();
    final Map<String, BigDecimal> crrPaid = new TreeMap<>();
    final List<ArrearsBucket> arrears = new ArrayList<>();

    static void add(Map<String, BigDecimal> sums, String currency, BigDecimal amount) {
        sums.merge(currency, amount, BigDecimal::add);
    }

    /** Everything of the other tally added to this one (a null member figure stays null on either side). */
    PortfolioTally merge(PortfolioTally other) {
        activeMembers = activeMembers == null || other.activeMembers == null ? null
                : activeMembers + other.activeMembers;
        activeBorrowers = activeBorrowers == null || other.activeBorrowers == null ? null
                : activeBorrowers + other.activeBorrowers;
        if (savings == null || other.savings == null) {
            savings = null;
        } else {
            other.savings.forEach((currency, amount) -> add(savings, currency, amount));
        }
        disbursedCount += other.disbursedCount;
        disbursedInPeriodCount += other.disbursedInPeriodCount;
        mergeInto(disbursed, other.disbursed);
        mergeInto(disbursedInPeriod, other.disbursedInPeriod);
        mergeInto(outstanding, other.outstanding);
        mergeInto(outstandingBefore, other.outstandingBefore);
        mergeInto(writtenOff, other.writtenOff);
        mergeInto(recoveries, other.recoveries);
        mergeInto(interestAndFees, other.interestAndFees);
        mergeInto(otrDue, other.otrDue);
        mergeInto(otrPaid, other.otrPaid);
        mergeInto(crrDue, other.crrDue);
        mergeInto(crrPaid, other.crrPaid);
        arrears.addAll(other.arrears);
        return this;
    }

    /** A tally with the member figures counted (zero) or not (null), and no facts yet. */
    static PortfolioTally empty(boolean memberFigures, boolean borrowers) {
        PortfolioTally tally = new PortfolioTally();
        tally.activeMembers = memberFigures ? 0L : null;
        tally.savings = memberFigures ? new TreeMap<>() : null;
        tally.activeBorrowers = borrowers ? 0L : null;
        return tally;
    }

    PortfolioFigures figures(ClassificationPolicy policy) {
        List<Money> loanOutstanding = Ratios.amounts(outstanding);
        PortfolioAtRisk atRisk = PortfolioAtRisk.of(arrears, loanOutstanding);
        Map<String, BigDecimal> twiceMeanBase = new TreeMap<>(outstanding);
        mergeInto(twiceMeanBase, outstandingBefore);
        Set<String> meanCurrencies = new TreeSet<>(twiceMeanBase.keySet());
        meanCurrencies.addAll(writtenOff.keySet());
        Set<String> yieldCurrencies = new TreeSet<>(twiceMeanBase.keySet());
        yieldCurrencies.addAll(interestAndFees.keySet());
        return new PortfolioFigures(activeMembers, activeBorrowers, savings == null ? null : Ratios.amounts(savings),
                new LoansDisbursed(disbursedCount, Ratios.amounts(disbursed)),
                new LoansDisbursed(disbursedInPeriodCount, Ratios.amounts(disbursedInPeriod)), loanOutstanding,
                atRisk.overdue(), atRisk.loansInArrears(), atRisk.par(),
                Ratios.of(otrPaid, otrDue, otrDue.keySet()), Ratios.of(crrPaid, crrDue, crrDue.keySet()),
                classification(policy, outstanding.keySet()), Ratios.amounts(writtenOff), Ratios.amounts(recoveries),
                // Over the mean of two outstandings: twice the part over their sum, exact until the one rounding.
                Ratios.of(doubled(writtenOff), twiceMeanBase, meanCurrencies),
                Ratios.of(doubled(interestAndFees), twiceMeanBase, yieldCurrencies));
    }

    /**
     * The open loans by class under the policy, every class listed (so columns line up across rows and dates), with
     * the provision rounded once on each class total per currency.
     */
    private List<LoanClass> classification(ClassificationPolicy policy, Set<String> currencies) {
        Map<String, Long> loans = new HashMap<>();
        Map<String, Map<String, BigDecimal>> principal = new LinkedHashMap<>();
        policy.classes().forEach(rule -> principal.put(rule.className(), new TreeMap<>()));
        for (ArrearsBucket bucket : arrears) {
            LoanClassRule rule = policy.classOf(bucket.days());
            loans.merge(rule.className(), bucket.loans(), Long::sum);
            add(principal.get(rule.className()), bucket.currency(), bucket.outstanding());
        }
        return policy.classes().stream().map(rule -> {
            List<Money> amounts = Ratios.amounts(principal.get(rule.className()), currencies);
            List<Money> provision = amounts.stream().map(amount -> new Money(amount.amount()
                    .multiply(rule.provisionRate()).divide(HUNDRED, 2, RoundingMode.HALF_UP), amount.currency()))
                    .toList();
            return new LoanClass(rule.className(), loans.getOrDefault(rule.className(), 0L), amounts,
                    rule.provisionRate().stripTrailingZeros().toPlainString(), provision);
        }).toList();
    }

    private static Map<String, BigDecimal> doubled(Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> doubled = new TreeMap<>();
        sums.forEach((currency, amount) -> doubled.put(currency, amount.multiply(TWO)));
        return doubled;
    }

    private static void mergeInto(Map<String, BigDecimal> into, Map<String, BigDecimal> from) {
        from.forEach((currency, amount) -> add(into, currency, amount));
    }
}
