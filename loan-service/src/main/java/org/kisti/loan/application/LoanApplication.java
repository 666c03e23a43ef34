package org.kisti.loan.application;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.Money;
import org.kisti.events.origination.LoanApplied;
import org.kisti.events.origination.LoanApproved;
import org.kisti.events.origination.LoanRejected;
import org.kisti.events.origination.LoanWithdrawn;
import org.kisti.loan.application.ApplicationCommands.Apply;
import org.kisti.loan.application.ApplicationCommands.Approve;
import org.kisti.loan.application.ApplicationCommands.Reject;
import org.kisti.loan.application.ApplicationCommands.Withdraw;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.platform.problem.FieldViolation;
import org.kisti.platform.problem.ProblemException;

/** A loan application: applied, then approved, rejected or withdrawn, once. A thin shell over {@link ApprovalRules}. */
public class LoanApplication {

    @AggregateIdentifier
    private String applicationId;
    private LoanApplied applied;
    private String decided;

    protected LoanApplication() {
        // for Axon
    }

    @CommandHandler
    LoanApplication(Apply command) {
        apply(new LoanApplied(command.orgId(), command.applicationId(), command.memberId(), command.productId(),
                command.amount(), command.installments(), command.purpose(), command.fundId(), command.appliedOn(),
                command.disbursementDate(), command.firstRepaymentDate(), command.appliedBy()));
    }

    @CommandHandler
    void handle(Approve command) {
        requireUndecided(command.orgId());
        var product = command.seen().product();
        if (product != null && product.makerChecker() && command.approvedBy().equals(applied.appliedBy())) {
            // Maker-checker: the one who applied may not approve (the product asks for a second person).
            throw ProblemException.forbidden("the product needs a second person to approve what you applied for");
        }
        List<FieldViolation> broken = ApprovalRules.judge(applied, command.approvedOn(), command.seen());
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken(broken);
        }
        apply(new LoanApproved(applied.orgId(), applicationId, applied.memberId(), command.approvedOn(),
                command.approvedBy(), product.effectiveFrom(), command.seen().cycle(), command.seen().activeLoans(),
                new Money(command.seen().savings(), applied.amount().currency()), command.seen().trainedWeeks()));
    }

    @CommandHandler
    void handle(Reject command) {
        requireUndecided(command.orgId());
        apply(new LoanRejected(applied.orgId(), applicationId, applied.memberId(), command.rejectedOn(),
                command.reason(), command.rejectedBy()));
    }

    @CommandHandler
    void handle(Withdraw command) {
        requireUndecided(command.orgId());
        apply(new LoanWithdrawn(applied.orgId(), applicationId, applied.memberId(), command.withdrawnOn(),
                command.reason(), command.recordedBy()));
    }

    private void requireUndecided(String orgId) {
        if (!applied.orgId().equals(orgId)) {
            throw new AggregateNotFoundException(applicationId, "no such application");
        }
        if (decided != null) {
            throw new BusinessRuleViolation("applicationId", "was already " + decided);
        }
    }

    @EventSourcingHandler
    void on(LoanApplied event) {
        applicationId = event.applicationId();
        applied = event;
    }

    @EventSourcingHandler
    void on(LoanApproved event) {
        decided = "approved on " + event.approvedOn();
    }

    @EventSourcingHandler
    void on(LoanRejected event) {
        decided = "rejected on " + event.rejectedOn();
    }

    @EventSourcingHandler
    void on(LoanWithdrawn event) {
        decided = "withdrawn on " + event.withdrawnOn();
    }
}
