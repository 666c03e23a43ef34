package org.kisti.reporting.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A loan's standing on every day, from its own facts: what it still owes in principal, what is overdue and since when,
 * and what was due and paid towards the instalments due so far (cumulative recovery). It changes only on the days its
 * facts name (disbursement, a schedule version, a due date and the day after, a payment, a write-off), so it is kept as
 * spans between those days, and a report as of any date reads one span per loan instead of recomputing every loan from
 * its payments. Pure: the same facts give the same spans, whatever order they arrived in.
 *
 * <p>The rules are the report's (ADR 0015): the schedule in force on the day is the latest version from on or before
 * it; a payment's recorded split per instalment is what it paid there; a settlement's rebate (payment id prefixed
 * {@code rebate:}) settles without being paid; from its write-off day a loan owes nothing and is not in arrears, and its
 * instalments due after that day leave the recovery rates.
 */
public final class LoanStanding {

    private LoanStanding() {}

    /** The loan's own facts as the projection holds them. */
    public record Facts(BigDecimal principal, LocalDate disbursedOn, LocalDate writtenOffOn,
            List<Installment> installments, List<Split> splits, List<Repayment> repayments) {}

    /** An instalment of the schedule version in force from {@code versionFrom}. */
    public record Installment(LocalDate versionFrom, int number, LocalDate dueDate, BigDecimal amount) {}

    /** What one standing payment paid towards an instalment number, on its date; a rebate settles without paying. */
    public record Split(int number, BigDecimal amount, LocalDate paidOn, boolean rebate) {}

    /** One standing payment's principal part, and its interest and fee parts together. */
    public record Repayment(LocalDate paidOn, BigDecimal principal, BigDecimal interestAndFees) {}

    /**
     * The standing from {@code from} until the day before {@code until} (null: from then on).
     *
     * @param oldestUnpaid the due date of the oldest instalment due before the day with a part unpaid; null if none
     * @param recoveryDue what the instalments due on or before the day had due, less what a settlement rebated
     * @param recoveryPaid what was paid towards those instalments by the day
     * @param onTimePaid what was paid towards those instalments by each one's due date, so the on-time recovery of a
     *     period is the difference of two days' figures (for a loan with one schedule and no rebate)
     * @param interestPaid the interest and fee parts of the payments made by the day, written off or not
     */
    public record Span(LocalDate from, LocalDate until, BigDecimal outstanding, BigDecimal overdue,
            LocalDate oldestUnpaid, BigDecimal recoveryDue, BigDecimal recoveryPaid, BigDecimal onTimePaid,
            BigDecimal interestPaid) {

        boolean sameStandingAs(Span other) {
            return outstanding.compareTo(other.outstanding) == 0 && overdue.compareTo(other.overdue) == 0
                    && Objects.equals(oldestUnpaid, other.oldestUnpaid)
                    && recoveryDue.compareTo(other.recoveryDue) == 0
                    && recoveryPaid.compareTo(other.recoveryPaid) == 0
                    && onTimePaid.compareTo(other.onTimePaid) == 0
                    && interestPaid.compareTo(other.interestPaid) == 0;
        }
    }

    /** The spans from the disbursement on, consecutive, the last open-ended; equal neighbours are one span. */
    public static List<Span> timeline(Facts facts) {
        List<LocalDate> days = new ArrayList<>(changeDays(facts));
        Map<Integer, List<Split>> splits = new HashMap<>(); // by instalment number, read once per day and instalment
        facts.splits().forEach(split -> splits.computeIfAbsent(split.number(), n -> new ArrayList<>()).add(split));
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate until = i + 1 < days.size() ? days.get(i + 1) : null;
            Span span = on(facts, splits, days.get(i), until);
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.sameStandingAs(span)) {
                spans.set(spans.size() - 1, new Span(last.from(), until, last.outstanding(), last.overdue(),
                        last.oldestUnpaid(), last.recoveryDue(), last.recoveryPaid(), last.onTimePaid(),
                        last.interestPaid()));
            } else {
                spans.add(span);
            }
        }
        return spans;
    }

    /** Every day on which something the standing depends on may change, from the disbursement on. */
    private static NavigableSet<LocalDate> changeDays(Facts facts) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(facts.disbursedOn());
        if (facts.writtenOffOn() != null) {
            days.add(facts.writtenOffOn());
        }
        for (Installment installment : facts.installments()) {
            days.add(installment.versionFrom());
            days.add(installment.dueDate()); // due on or before the day: recovery
            days.add(installment.dueDate().plusDays(1)); // due before the day: overdue
        }
        facts.splits().forEach(split -> days.add(split.paidOn()));
        facts.repayments().forEach(repayment -> days.add(repayment.paidOn()));
        return days.tailSet(facts.disbursedOn(), true);
    }

    private static Span on(Facts facts, Map<Integer, List<Split>> splits, LocalDate day, LocalDate until) {
        boolean writtenOff = facts.writtenOffOn() != null && !facts.writtenOffOn().isAfter(day);
        BigDecimal principalPaid = BigDecimal.ZERO;
        BigDecimal interestPaid = BigDecimal.ZERO;
        for (Repayment repayment : facts.repayments()) {
            if (!repayment.paidOn().isAfter(day)) {
                principalPaid = principalPaid.add(repayment.principal());
                interestPaid = interestPaid.add(repayment.interestAndFees());
            }
        }
        LocalDate version = null;
        for (Installment installment : facts.installments()) {
            if (!installment.versionFrom().isAfter(day)
                    && (version == null || installment.versionFrom().isAfter(version))) {
                version = installment.versionFrom();
            }
        }
        BigDecimal overdue = BigDecimal.ZERO;
        LocalDate oldestUnpaid = null;
        BigDecimal recoveryDue = BigDecimal.ZERO;
        BigDecimal recoveryPaid = BigDecimal.ZERO;
        BigDecimal onTimePaid = BigDecimal.ZERO;
        for (Installment installment : facts.installments()) {
            if (!installment.versionFrom().equals(version) || installment.dueDate().isAfter(day)) {
                continue;
            }
            BigDecimal paid = BigDecimal.ZERO; // rebates included: a rebated part is settled
            BigDecimal rebated = BigDecimal.ZERO;
            BigDecimal onTime = BigDecimal.ZERO;
            for (Split split : splits.getOrDefault(installment.number(), List.of())) {
                if (!split.paidOn().isAfter(day)) {
                    paid = paid.add(split.amount());
                    rebated = split.rebate() ? rebated.add(split.amount()) : rebated;
                    onTime = !split.rebate() && !split.paidOn().isAfter(installment.dueDate())
                            ? onTime.add(split.amount()) : onTime;
                }
            }
            BigDecimal unpaid = installment.amount().subtract(paid);
            if (installment.dueDate().isBefore(day) && unpaid.signum() > 0) {
                overdue = overdue.add(unpaid);
                if (oldestUnpaid == null || installment.dueDate().isBefore(oldestUnpaid)) {
                    oldestUnpaid = installment.dueDate();
                }
            }
            if (facts.writtenOffOn() == null || !installment.dueDate().isAfter(facts.writtenOffOn())) {
                recoveryDue = recoveryDue.add(installment.amount().subtract(rebated));
                recoveryPaid = recoveryPaid.add(paid.subtract(rebated));
                onTimePaid = onTimePaid.add(onTime);
            }
        }
        if (writtenOff) {
            return new Span(day, until, BigDecimal.ZERO, BigDecimal.ZERO, null, recoveryDue, recoveryPaid, onTimePaid,
                    interestPaid);
        }
        return new Span(day, until, facts.principal().subtract(principalPaid), overdue, oldestUnpaid, recoveryDue,
                recoveryPaid, onTimePaid, interestPaid);
    }
}
