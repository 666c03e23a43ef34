package org.kisti.member.enrolment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.member.PersonalDataErased;
import org.kisti.member.membership.MemberState;
import org.kisti.member.membership.MembershipCommands.CompleteExit;
import org.kisti.member.membership.MembershipCommands.ErasePersonalData;
import org.kisti.member.membership.MembershipCommands.RecordTraining;
import org.kisti.member.membership.MembershipCommands.RequestExit;
import org.kisti.member.membership.MembershipCommands.Transfer;
import org.kisti.member.membership.MembershipRules;

/**
 * A member of a partner organisation's group, rebuilt from her events: a thin shell over {@link MembershipRules}.
 * Eligibility is judged before enrolment, under the roster's locks ({@link Enrolment}); what the judgement saw is
 * recorded with the event.
 */
public class Member {

    @AggregateIdentifier
    private String memberId;
    private final MemberState state = new MemberState();

    protected Member() {
        // for Axon, which rebuilds the member from her events
    }

    @CommandHandler
    public Member(EnrolMember command) {
        apply(new MemberEnrolled(command.orgId(), command.memberId(), command.groupId(), command.cohesionGroupId(),
                command.name(), command.enrolledOn()));
    }

    @CommandHandler
    void handle(RecordTraining command) {
        requireOrganisation(command.orgId());
        apply(MembershipRules.train(state, command));
    }

    @CommandHandler
    void handle(Transfer command) {
        requireOrganisation(command.orgId());
        apply(MembershipRules.transfer(state, command));
    }

    @CommandHandler
    void handle(RequestExit command) {
        requireOrganisation(command.orgId());
        apply(MembershipRules.requestExit(state, command));
    }

    @CommandHandler
    void handle(CompleteExit command) {
        requireOrganisation(command.orgId());
        apply(MembershipRules.completeExit(state, command));
    }

    @CommandHandler
    void handle(ErasePersonalData command) {
        requireOrganisation(command.orgId());
        apply(MembershipRules.erase(state, command));
    }

    private void requireOrganisation(String orgId) {
        if (!state.orgId.equals(orgId)) {
            // Another organisation's member is answered as if she did not exist.
            throw new AggregateNotFoundException(memberId, "no such member");
        }
    }

    @EventSourcingHandler
    void on(MemberEnrolled event) {
        memberId = event.memberId();
        state.memberId = event.memberId();
        state.orgId = event.orgId();
        state.groupId = event.groupId();
        state.enrolledOn = event.enrolledOn();
        state.placedFrom = event.enrolledOn();
    }

    @EventSourcingHandler
    void on(MemberTransferred event) {
        state.groupId = event.toGroupId();
        state.placedFrom = event.transferredOn();
    }

    @EventSourcingHandler
    void on(MemberExitRequested event) {
        state.exitDate = event.exitDate();
    }

    @EventSourcingHandler
    void on(MemberExited event) {
        state.exited = true;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        state.erased = true;
    }
}
