package org.kisti.loan.servicing;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.loan.schedule.allocation.Settlement;
import org.kisti.loan.schedule.allocation.SettlementQuote;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * Early settlement, one pure decision: she pays exactly the quote of the day (the schedule engine's
 * {@link Settlement}), the rest is rebated, and the loan closes. Not on a closed loan, not before its latest payment
 * (a quote counts every payment made), and for no amount but the quote.
 */
public final class SettlementRules {

    private SettlementRules() {}

    /** The quote of a day, with the loan's own checks; what the quote endpoint shows and the settlement must pay. */
    public static SettlementQuote quote(LoanState loan, LocalDate on, boolean owesAllRemainingInterest) {
        if (loan.closed || loan.writtenOffOn != null) {
            throw new BusinessRuleViolation("loanId", "the loan is " + (loan.writtenOffOn != null
                    ? "written off" : "closed") + "; nothing is owed");
        }
        if (on.isBefore(loan.disbursedOn)) {
            throw new BusinessRuleViolation("settledOn", "must not be before the disbursement date, "
                    + loan.disbursedOn);
        }
        LocalDate latest = loan.payments.isEmpty() ? null
                : loan.payments.get(loan.payments.size() - 1).payment().paidOn();
        if (latest != null && on.isBefore(latest)) {
            throw new BusinessRuleViolation("settledOn", "must not be before the latest payment, " + latest
                    + "; a settlement counts every payment made");
        }
        return Settlement.quote(loan.position(), loan.disbursedOn, on, owesAllRemainingInterest);
    }

    public static List<LoanEvent> settle(LoanState loan, SettleEarly command) {
        if (!loan.currency.equals(command.amount().currency())) {
            throw new BusinessRuleViolation("currency", "must be the loan's currency, " + loan.currency);
        }
        SettlementQuote quote = quote(loan, command.settledOn(), command.owesAllRemainingInterest());
        if (command.amount().amount().compareTo(quote.total()) != 0) {
            throw new BusinessRuleViolation("amount", "must be the settlement quote of " + command.settledOn() + ", "
                    + quote.total().toPlainString() + " " + loan.currency + " (principal "
                    + quote.principal().toPlainString() + ", interest " + quote.interest().toPlainString() + ", fees "
                    + quote.fee().toPlainString() + "); a payment larger than what is owed is refused, and a smaller"
                    + " one is a repayment");
        }
        return List.of(new LoanSettledEarly(loan.orgId, loan.loanId, loan.memberId, command.paymentId(),
                        command.amount(), loan.money(quote.principal()), loan.money(quote.interest()),
                        loan.money(quote.fee()), loan.money(quote.interestRebated()), loan.money(quote.feeRebated()),
                        command.rebatePolicy(), command.settledOn(), loan.splits(quote.paid()),
                        loan.splits(quote.rebated())),
                new LoanRepaid(loan.orgId, loan.loanId, loan.memberId, command.settledOn()));
    }
}
