package org.kisti.member.group;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.organisation.GroupClosed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.member.group.GroupCommands.AffiliateGroup;
import org.kisti.member.group.GroupCommands.AssignOfficer;
import org.kisti.member.group.GroupCommands.ChangeMeeting;
import org.kisti.member.group.GroupCommands.CloseGroup;
import org.kisti.member.group.GroupCommands.FormCohesionGroup;
import org.kisti.member.group.GroupCommands.FormGroup;

/** A group (samity or SHG): a thin shell over {@link GroupRules}, rebuilt from its events. */
public class Group {

    @AggregateIdentifier
    private String groupId;
    private final GroupState state = new GroupState();

    protected Group() {
        // for Axon, which rebuilds the group from its events
    }

    @CommandHandler
    Group(FormGroup command) {
        apply(GroupRules.form(command));
    }

    @CommandHandler
    void handle(ChangeMeeting command) {
        requireOrganisation(command.orgId());
        apply(GroupRules.changeMeeting(state, command));
    }

    @CommandHandler
    void handle(AssignOfficer command) {
        requireOrganisation(command.orgId());
        apply(GroupRules.assignOfficer(state, command));
    }

    @CommandHandler
    void handle(FormCohesionGroup command) {
        requireOrganisation(command.orgId());
        apply(GroupRules.formCohesionGroup(state, command));
    }

    @CommandHandler
    void handle(AffiliateGroup command) {
        requireOrganisation(command.orgId());
        apply(GroupRules.affiliate(state, command));
    }

    @CommandHandler
    void handle(CloseGroup command) {
        requireOrganisation(command.orgId());
        apply(GroupRules.close(state, command));
    }

    private void requireOrganisation(String orgId) {
        if (!state.orgId.equals(orgId)) {
            // Another organisation's group is answered as if it did not exist.
            throw new AggregateNotFoundException(groupId, "no such group");
        }
    }

    @EventSourcingHandler
    void on(GroupFormed event) {
        groupId = event.groupId();
        state.groupId = event.groupId();
        state.orgId = event.orgId();
        state.formedOn = event.formedOn();
    }

    @EventSourcingHandler
    void on(GroupClosed event) {
        state.closedOn = event.closedOn();
    }
}
