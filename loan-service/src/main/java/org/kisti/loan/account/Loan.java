package org.kisti.loan.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.loan.disbursement.DisburseLoan;
import org.kisti.loan.repayment.RecordRepayment;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.ScheduleCalculator;
import org.kisti.loan.schedule.allocation.Allocation;
import org.kisti.loan.schedule.allocation.AllocationResult;
import org.kisti.loan.schedule.allocation.InvalidPaymentException;
import org.kisti.loan.schedule.allocation.LoanPosition;
import org.kisti.loan.schedule.allocation.Payment;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * A disbursed loan: its fixed schedule and what has been paid on it. All the money maths is the schedule engine's;
 * the loan only decides whether a command may happen and records the result as a fact.
 */
public class Loan {

    @AggregateIdentifier
    private String loanId;
    private String orgId;
    private String memberId;
    private String currency;
    private LocalDate disbursedOn;
    private LoanPosition position;

    protected Loan() {
        // for Axon, which rebuilds the loan from its events
    }

    @CommandHandler
    public Loan(DisburseLoan command) {
        RepaymentSchedule schedule = ScheduleCalculator.calculate(command.terms());
        String currency = schedule.currency();
        apply(new LoanDisbursed(command.orgId(), command.loanId(), command.memberId(),
                new Money(command.terms().principal(), currency), new Money(schedule.upfrontCharge(), currency),
                command.terms().disbursementDate(), ScheduleFacts.published(schedule), schedule.calculator(),
                schedule.nominalAnnualRate(), schedule.effectiveAnnualRate(), command.origin()));
    }

    @CommandHandler
    void handle(RecordRepayment command) {
        if (!orgId.equals(command.orgId())) {
            // Another tenant's loan is answered as if it did not exist.
            throw new AggregateNotFoundException(command.loanId(), "no such loan");
        }
        if (!currency.equals(command.amount().currency())) {
            throw new BusinessRuleViolation("currency", "must be the loan's currency, " + currency);
        }
        if (!command.amount().isPositive() || command.amount().exceedsMaximum()) {
            throw new BusinessRuleViolation("amount", "must be from 0.01 to " + Money.MAX_AMOUNT.toPlainString());
        }
        if (command.paidOn().isBefore(disbursedOn)) {
            throw new BusinessRuleViolation("paidOn", "must not be before the disbursement date, " + disbursedOn);
        }
        AllocationResult result;
        try {
            result = position.apply(new Payment(command.paymentId(), command.paidOn(), command.amount().amount()));
        } catch (InvalidPaymentException e) {
            throw new BusinessRuleViolation(e.field(), e.rule());
        }
        Allocation allocation = result.allocation();
        apply(new InstallmentPaid(orgId, loanId, memberId, command.paymentId(), command.amount(),
                money(allocation.feePaid()), money(allocation.interestPaid()), money(allocation.principalPaid()),
                money(result.position().outstanding().principal()), command.paidOn()));
        if (result.position().outstanding().total().signum() == 0) {
            // Nothing owed any more: the loan closes by a fact of its own, which her next loan's cycle counts.
            apply(new LoanRepaid(orgId, loanId, memberId, command.paidOn()));
        }
    }

    @EventSourcingHandler
    void on(LoanDisbursed event) {
        loanId = event.loanId();
        orgId = event.orgId();
        memberId = event.memberId();
        currency = event.principal().currency();
        disbursedOn = event.disbursedOn();
        position = LoanPosition.of(ScheduleFacts.fromEvent(event));
    }

    @EventSourcingHandler
    void on(InstallmentPaid event) {
        // Allocation is deterministic in due-date order, so replaying the payment reproduces the recorded split.
        position = position.apply(new Payment(event.paymentId(), event.paidOn(), event.amount().amount())).position();
    }

    private Money money(java.math.BigDecimal amount) {
        return new Money(amount, currency);
    }
}
