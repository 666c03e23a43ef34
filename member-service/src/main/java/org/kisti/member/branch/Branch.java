package org.kisti.member.branch;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.organisation.BranchClosed;
import org.kisti.events.organisation.BranchOpened;
import org.kisti.platform.problem.BusinessRuleViolation;

/** A branch office, rebuilt from its events; its rules are in {@link #close}. */
public class Branch {

    @AggregateIdentifier
    private String branchId;
    private String orgId;
    private LocalDate openedOn;
    private LocalDate closedOn;

    protected Branch() {
        // for Axon, which rebuilds the branch from its events
    }

    @CommandHandler
    public Branch(OpenBranch command) {
        apply(new BranchOpened(command.orgId(), command.branchId(), command.code(), command.name(),
                command.district(), command.subDistrict(), command.openedOn()));
    }

    @CommandHandler
    void close(CloseBranch command) {
        if (!orgId.equals(command.orgId())) {
            throw new AggregateNotFoundException(command.branchId(), "no such branch");
        }
        if (closedOn != null) {
            throw new BusinessRuleViolation("closedOn", "the branch was already closed on " + closedOn);
        }
        if (command.closedOn().isBefore(openedOn)) {
            throw new BusinessRuleViolation("closedOn", "must not be before the branch opened, " + openedOn);
        }
        apply(new BranchClosed(orgId, branchId, command.closedOn()));
    }

    @EventSourcingHandler
    void on(BranchOpened event) {
        branchId = event.branchId();
        orgId = event.orgId();
        openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(BranchClosed event) {
        closedOn = event.closedOn();
    }
}
