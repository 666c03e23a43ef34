package org.kisti.loan.servicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.Reallocation;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.loan.repayment.RecordRepayment;
import org.kisti.loan.schedule.allocation.Allocation;
import org.kisti.loan.schedule.allocation.AppliedPayment;
import org.kisti.loan.schedule.allocation.InvalidPaymentException;
import org.kisti.loan.schedule.allocation.LoanPosition;
import org.kisti.loan.schedule.allocation.Payment;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * Money in and money corrected, one pure decision each. Payments are allocated in business-date order, so a payment
 * dated before others (a meeting posted late) and a reversal both allocate the surviving payments afresh; the fact
 * records the new payment's split and every earlier-recorded payment whose split changed, so no reader re-runs the
 * rules. A loan with nothing owed closes ({@code LoanRepaid}); reversing a payment of a closed loan reopens it.
 */
public final class RepaymentRules {

    private RepaymentRules() {}

    public static List<LoanEvent> pay(LoanState loan, RecordRepayment command) {
        if (loan.writtenOffOn != null) {
            throw new BusinessRuleViolation("loanId", "was written off on " + loan.writtenOffOn
                    + "; money on it is a recovery (POST .../recoveries)");
        }
        Money amount = command.amount();
        if (!loan.currency.equals(amount.currency())) {
            throw new BusinessRuleViolation("currency", "must be the loan's currency, " + loan.currency);
        }
        if (!amount.isPositive() || amount.exceedsMaximum()) {
            throw new BusinessRuleViolation("amount", "must be from 0.01 to " + Money.MAX_AMOUNT.toPlainString());
        }
        if (command.paidOn().isBefore(loan.disbursedOn)) {
            throw new BusinessRuleViolation("paidOn", "must not be before the disbursement date, " + loan.disbursedOn);
        }
        if (loan.reversed.containsKey(command.paymentId())) {
            throw new BusinessRuleViolation("paymentId", "was reversed; a corrected payment has an id of its own");
        }
        requireNotAboveOwed(loan, amount);
        List<Payment> all = new ArrayList<>(loan.payments.stream().map(AppliedPayment::payment).toList());
        all.add(new Payment(command.paymentId(), command.paidOn(), amount.amount()));
        LoanPosition fresh = allocate(loan, all);
        Allocation split = fresh.allocationOf(command.paymentId()).orElseThrow();
        List<LoanEvent> events = new ArrayList<>();
        events.add(new InstallmentPaid(loan.orgId, loan.loanId, loan.memberId, command.paymentId(), amount,
                loan.money(split.feePaid()), loan.money(split.interestPaid()), loan.money(split.principalPaid()),
                loan.money(fresh.outstanding().principal()), command.paidOn(), LoanPosition.RULES,
                loan.splits(split.installments()), changed(loan, fresh, command.paymentId())));
        if (fresh.outstanding().total().signum() == 0) {
            // Nothing owed any more: the loan closes by a fact of its own, on the day of its last payment.
            events.add(new LoanRepaid(loan.orgId, loan.loanId, loan.memberId, lastPaidOn(fresh)));
        }
        return events;
    }

    public static List<LoanEvent> reverse(LoanState loan, ReverseRepayment command) {
        if (loan.settledOn != null || loan.writtenOffOn != null) {
            throw new BusinessRuleViolation("paymentId", "the loan was " + (loan.settledOn != null
                    ? "settled early on " + loan.settledOn : "written off on " + loan.writtenOffOn)
                    + " on the payments it had; they stand");
        }
        if (loan.reversed.containsKey(command.paymentId())) {
            throw new BusinessRuleViolation("paymentId", "was already reversed on "
                    + loan.reversed.get(command.paymentId()) + "; a reversal is never reversed");
        }
        AppliedPayment reversed = loan.payments.stream()
                .filter(p -> p.payment().paymentId().equals(command.paymentId())).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("paymentId", "names no payment of this loan"));
        if (command.reversedOn().isBefore(reversed.payment().paidOn())) {
            throw new BusinessRuleViolation("reversedOn", "must not be before the payment's date, "
                    + reversed.payment().paidOn());
        }
        List<Payment> surviving = loan.payments.stream().map(AppliedPayment::payment)
                .filter(p -> !p.paymentId().equals(command.paymentId())).toList();
        LoanPosition fresh = allocate(loan, surviving);
        Allocation was = reversed.allocation();
        List<LoanEvent> events = new ArrayList<>();
        events.add(new RepaymentReversed(loan.orgId, loan.loanId, loan.memberId, command.paymentId(),
                loan.money(reversed.payment().amount()), loan.money(was.feePaid()), loan.money(was.interestPaid()),
                loan.money(was.principalPaid()), loan.money(fresh.outstanding().principal()), command.reason(),
                command.reversedBy(), command.reversedOn(), LoanPosition.RULES, changed(loan, fresh, null)));
        if (loan.closed) {
            events.add(new LoanReopened(loan.orgId, loan.loanId, loan.memberId, command.paymentId(),
                    command.reversedOn()));
        }
        return events;
    }

    private static LoanPosition allocate(LoanState loan, List<Payment> payments) {
        try {
            return LoanPosition.allocated(loan.schedule, payments);
        } catch (InvalidPaymentException e) {
            throw new BusinessRuleViolation(e.field(), e.rule());
        }
    }

    /** Every payment recorded before whose split the fresh allocation changed (the new one excepted). */
    private static List<Reallocation> changed(LoanState loan, LoanPosition fresh, String except) {
        List<Reallocation> changed = new ArrayList<>();
        for (AppliedPayment recorded : loan.payments) {
            String id = recorded.payment().paymentId();
            Optional<Allocation> now = fresh.allocationOf(id);
            if (!id.equals(except) && now.isPresent() && !now.get().equals(recorded.allocation())) {
                Allocation split = now.get();
                changed.add(new Reallocation(id, loan.money(split.feePaid()), loan.money(split.interestPaid()),
                        loan.money(split.principalPaid()), loan.splits(split.installments())));
            }
        }
        return changed;
    }

    private static LocalDate lastPaidOn(LoanPosition position) {
        List<AppliedPayment> payments = position.payments();
        return payments.get(payments.size() - 1).payment().paidOn();
    }

    /** A payment larger than what is owed is refused, naming what is owed. */
    private static void requireNotAboveOwed(LoanState loan, Money amount) {
        BigDecimal owed = loan.position().outstanding().total();
        if (amount.amount().compareTo(owed) > 0) {
            throw new BusinessRuleViolation("amount", "must not exceed what is still owed on the loan ("
                    + owed.toPlainString() + " " + loan.currency + "), was " + amount.amount().toPlainString()
                    + (loan.closed ? "; the loan is repaid" : ""));
        }
    }
}
