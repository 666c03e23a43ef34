package org.kisti.loan.servicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.loan.account.ScheduleFacts;
import org.kisti.loan.product.ProductRules;
import org.kisti.loan.schedule.DueDates;
import org.kisti.loan.schedule.InvalidLoanTermsException;
import org.kisti.loan.schedule.LoanTerms;
import org.kisti.loan.schedule.RepaymentFrequency;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.Rescheduling;
import org.kisti.loan.schedule.allocation.LoanPosition;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * Rescheduling after a disaster, one pure decision: an open loan, from a day not before its latest payment (a
 * reschedule looks forward; the payments it counts are all made), by the schedule engine's {@link Rescheduling}.
 */
public final class RescheduleRules {

    private RescheduleRules() {}

    /** The reschedule, or null when this one (by id) was applied already. */
    public static LoanRescheduled reschedule(LoanState loan, Reschedule command) {
        if (loan.reschedules.contains(command.rescheduleId())) {
            return null;
        }
        if (loan.closed || loan.writtenOffOn != null) {
            throw new BusinessRuleViolation("loanId", "the loan is " + loan.status().toLowerCase().replace('_', ' ')
                    + "; nothing is owed to reschedule");
        }
        LocalDate latest = loan.latestPaymentOn();
        LocalDate from = latest == null ? loan.disbursedOn : latest;
        if (command.effectiveOn().isBefore(from)) {
            throw new BusinessRuleViolation("effectiveOn", "must not be before " + from + " (the disbursement or"
                    + " the latest payment): a reschedule takes effect from a day all its payments were made by");
        }
        if (command.periods() < 1 || command.periods() > 520) {
            throw new BusinessRuleViolation(command.kind() == Reschedule.Kind.MORATORIUM ? "moratoriumPeriods"
                    : "restructureInstallments", "must be from 1 to 520");
        }
        LoanPosition position = loan.position();
        RepaymentSchedule rescheduled;
        try {
            rescheduled = command.kind() == Reschedule.Kind.MORATORIUM
                    ? Rescheduling.moratorium(position, command.effectiveOn(), command.frequency(), command.periods())
                    : Rescheduling.restructure(position, command.effectiveOn(), restructureTerms(loan, command));
        } catch (InvalidLoanTermsException e) {
            throw new BusinessRuleViolation("restructureInstallments", e.getMessage());
        }
        rescheduled = DueDates.onWorkingDays(rescheduled, command.calendar(), command.effectiveOn());
        return new LoanRescheduled(loan.orgId, loan.loanId, loan.memberId, command.rescheduleId(),
                command.effectiveOn(), command.reason(), command.kind().name(), command.periods(),
                ScheduleFacts.published(rescheduled), rescheduled.calculator());
    }

    private static LoanTerms restructureTerms(LoanState loan, Reschedule command) {
        Reschedule.ProductTerms product = command.terms();
        if (product == null) {
            throw new BusinessRuleViolation("restructureInstallments", "a loan made from no product can only be"
                    + " given a moratorium: its terms are not known to re-amortise by");
        }
        BigDecimal principal = loan.position().outstanding().principal();
        RepaymentFrequency frequency = RepaymentFrequency.valueOf(product.frequency());
        return ProductRules.termsOn(loan.currency, product.interestMethod(), product.rateBasis(),
                product.annualInterestRate(), product.frequency(), BigDecimal.ZERO, product.rounding(), principal,
                command.periods(), command.effectiveOn(), frequency.dueDate(command.effectiveOn(), 1));
    }
}
