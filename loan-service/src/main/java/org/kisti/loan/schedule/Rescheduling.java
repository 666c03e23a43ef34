package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.kisti.loan.schedule.allocation.InstallmentBalance;
import org.kisti.loan.schedule.allocation.LoanPosition;

/**
 * A schedule after a flood or a cyclone, the one place its money maths lives. Both ways keep every recorded split
 * valid: instalment numbers and what was paid on them never change.
 * <ul>
 * <li>A moratorium of N periods moves every instalment due on or after the day it takes effect that still has an
 *     unpaid part N periods later, whole (its paid part stays paid); instalments already overdue stay where they are,
 *     and nothing is added.</li>
 * <li>A restructure keeps what was paid (each part-paid instalment cut to its paid parts, so it reads fully paid) and
 *     re-amortises the principal outstanding into new instalments by the given terms; the interest and fees overdue
 *     that day are added to the first new instalment, and interest not yet due is replaced by the new schedule's.</li>
 * </ul>
 */
public final class Rescheduling {

    private Rescheduling() {}

    public static RepaymentSchedule moratorium(LoanPosition position, LocalDate effectiveOn,
            RepaymentFrequency frequency, int periods) {
        RepaymentSchedule schedule = position.schedule();
        List<Installment> moved = new ArrayList<>();
        for (InstallmentBalance balance : position.installments()) {
            Installment installment = balance.installment();
            boolean moves = !installment.dueDate().isBefore(effectiveOn) && !balance.isFullyPaid();
            moved.add(moves ? new Installment(installment.number(), frequency.dueDate(installment.dueDate(), periods),
                    installment.principal(), installment.interest(), installment.fee()) : installment);
        }
        return new RepaymentSchedule(schedule.currency(), moved, Totals.of(moved), schedule.upfrontCharge(),
                schedule.nominalAnnualRate(), schedule.effectiveAnnualRate(), schedule.calculator());
    }

    /**
     * @param terms the new instalments' terms: the principal outstanding, disbursed on the day it takes effect, first
     *     due one period later, by the product's method and rate, no upfront charge
     */
    public static RepaymentSchedule restructure(LoanPosition position, LocalDate effectiveOn, LoanTerms terms) {
        RepaymentSchedule schedule = position.schedule();
        List<Installment> kept = new ArrayList<>();
        BigDecimal overdueInterest = BigDecimal.ZERO.setScale(2);
        BigDecimal overdueFee = overdueInterest;
        for (InstallmentBalance balance : position.installments()) {
            Installment installment = balance.installment();
            if (installment.dueDate().isBefore(effectiveOn)) {
                overdueInterest = overdueInterest.add(balance.interestDue());
                overdueFee = overdueFee.add(balance.feeDue());
            }
            BigDecimal paid = balance.principalPaid().add(balance.interestPaid()).add(balance.feePaid());
            if (paid.signum() > 0) {
                kept.add(new Installment(installment.number(), installment.dueDate(), balance.principalPaid(),
                        balance.interestPaid(), balance.feePaid()));
            }
        }
        RepaymentSchedule fresh = ScheduleCalculator.calculate(terms);
        List<Installment> installments = new ArrayList<>(kept);
        int number = kept.size();
        for (Installment next : fresh.installments()) {
            number++;
            boolean first = number == kept.size() + 1;
            installments.add(new Installment(number, next.dueDate(), next.principal(),
                    first ? next.interest().add(overdueInterest) : next.interest(),
                    first ? next.fee().add(overdueFee) : next.fee()));
        }
        return new RepaymentSchedule(schedule.currency(), installments, Totals.of(installments),
                schedule.upfrontCharge(), fresh.nominalAnnualRate(), fresh.effectiveAnnualRate(), fresh.calculator());
    }

    /** A schedule's frequency, read from its first two due dates (monthly when there is one instalment). */
    public static RepaymentFrequency frequencyOf(RepaymentSchedule schedule) {
        List<Installment> installments = schedule.installments();
        if (installments.size() < 2) {
            return RepaymentFrequency.MONTHLY;
        }
        long days = ChronoUnit.DAYS.between(installments.get(0).dueDate(),
                installments.get(1).dueDate());
        return days == 7 ? RepaymentFrequency.WEEKLY : days == 14 ? RepaymentFrequency.FORTNIGHTLY
                : RepaymentFrequency.MONTHLY;
    }
}
