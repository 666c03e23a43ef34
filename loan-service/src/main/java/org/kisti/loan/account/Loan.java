package org.kisti.loan.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.loan.collection.LinePayments;
import org.kisti.loan.disbursement.DisburseLoan;
import org.kisti.loan.repayment.RecordRepayment;
import org.kisti.loan.schedule.DueDates;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.ScheduleCalculator;
import org.kisti.loan.servicing.LoanState;
import org.kisti.loan.servicing.RepaymentRules;
import org.kisti.loan.servicing.Reschedule;
import org.kisti.loan.servicing.RescheduleRules;
import org.kisti.loan.servicing.ReverseRepayment;
import org.kisti.loan.servicing.SettleEarly;
import org.kisti.loan.servicing.SettlementRules;
import org.kisti.loan.servicing.WriteOffRules;

/**
 * A disbursed loan: a thin shell. All money maths is the schedule engine's, every decision a pure rule of the
 * servicing slice ({@link RepaymentRules}, {@link SettlementRules}, {@link WriteOffRules},
 * {@link RescheduleRules}) or of the collection slice ({@link LinePayments}), and the state ({@link LoanState}) only
 * ever assigns what events say.
 */
public class Loan {

    @AggregateIdentifier
    private String loanId;
    private final LoanState state = new LoanState();

    protected Loan() {
        // for Axon, which rebuilds the loan from its events
    }

    @CommandHandler
    public Loan(DisburseLoan command) {
        RepaymentSchedule schedule = DueDates.onWorkingDays(ScheduleCalculator.calculate(command.terms()),
                command.calendar(), command.terms().disbursementDate());
        String currency = schedule.currency();
        apply(new LoanDisbursed(command.orgId(), command.loanId(), command.memberId(),
                new Money(command.terms().principal(), currency), new Money(schedule.upfrontCharge(), currency),
                command.terms().disbursementDate(), ScheduleFacts.published(schedule), schedule.calculator(),
                schedule.nominalAnnualRate(), schedule.effectiveAnnualRate(), command.origin()));
    }

    @CommandHandler
    void handle(RecordRepayment command) {
        requireOrganisation(command.orgId());
        RepaymentRules.pay(state, command).forEach(AggregateLifecycle::apply);
    }

    /** Answers null when the loan took the line's money, else why not (the sheet then holds it). */
    @CommandHandler
    String handle(LinePayments.ApplyLinePayment command) {
        requireOrganisation(command.orgId());
        LinePayments.Decision decision = LinePayments.decide(state, command);
        decision.events().forEach(AggregateLifecycle::apply);
        return decision.refusal();
    }

    @CommandHandler
    void handle(ReverseRepayment command) {
        requireOrganisation(command.orgId());
        RepaymentRules.reverse(state, command).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(SettleEarly command) {
        requireOrganisation(command.orgId());
        SettlementRules.settle(state, command).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(WriteOffRules.WriteOff command) {
        requireOrganisation(command.orgId());
        apply(WriteOffRules.writeOff(state, command));
    }

    @CommandHandler
    void handle(WriteOffRules.ReceiveRecovery command) {
        requireOrganisation(command.orgId());
        apply(WriteOffRules.recover(state, command));
    }

    @CommandHandler
    void handle(Reschedule command) {
        requireOrganisation(command.orgId());
        LoanRescheduled rescheduled = RescheduleRules.reschedule(state, command);
        if (rescheduled != null) {
            apply(rescheduled);
        }
    }

    private void requireOrganisation(String orgId) {
        if (!state.orgId.equals(orgId)) {
            // Another tenant's loan is answered as if it did not exist.
            throw new AggregateNotFoundException(loanId, "no such loan");
        }
    }

    @EventSourcingHandler
    void on(LoanEvent event) {
        if (event instanceof LoanDisbursed disbursed) {
            loanId = disbursed.loanId();
        }
        state.evolve(event);
    }
}
