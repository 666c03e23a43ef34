package org.kisti.loan.collection;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanEvent;
import org.kisti.loan.repayment.RecordRepayment;
import org.kisti.loan.servicing.LoanState;
import org.kisti.loan.servicing.RepaymentRules;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * A sheet line's money on its loan. The cash already changed hands at the meeting, so a payment the loan's rules
 * refuse (repaid or settled meanwhile, more than is owed, written off) is not an error: nothing is recorded on the loan
 * and the refusal comes back as the reason the sheet holds the money. The same line applied again changes nothing.
 */
public final class LinePayments {

    private LinePayments() {}

    /** Pay {@code amount} on the loan under the line's id, dated the meeting. */
    public record ApplyLinePayment(
            String orgId, @TargetAggregateIdentifier String loanId, String paymentId, Money amount,
            LocalDate paidOn) {}

    /** The facts to record, or none and the reason the loan refused the money ({@code null} when it took it). */
    public record Decision(List<LoanEvent> events, String refusal) {}

    public static Decision decide(LoanState loan, ApplyLinePayment command) {
        boolean recorded = loan.reversed.containsKey(command.paymentId()) || loan.payments.stream()
                .anyMatch(p -> p.payment().paymentId().equals(command.paymentId()));
        if (recorded) {
            return new Decision(List.of(), null);
        }
        try {
            return new Decision(RepaymentRules.pay(loan, new RecordRepayment(command.orgId(), command.loanId(),
                    command.paymentId(), command.amount(), command.paidOn())), null);
        } catch (BusinessRuleViolation refused) {
            return new Decision(List.of(), refused.field() + ": " + refused.rule());
        }
    }
}
