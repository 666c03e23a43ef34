package org.kisti.member.enrolment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.kisti.events.member.MemberEnrolled;

/**
 * A member of a partner organisation's group, rebuilt from her events. Eligibility is judged before the command is
 * sent, under the roster's locks ({@link Enrolment}); what the judgement saw is recorded with the event.
 */
public class Member {

    @AggregateIdentifier
    private String memberId;

    protected Member() {
        // for Axon, which rebuilds the member from her events
    }

    @CommandHandler
    public Member(EnrolMember command) {
        apply(new MemberEnrolled(command.orgId(), command.memberId(), command.groupId(), command.cohesionGroupId(),
                command.name(), command.enrolledOn()));
    }

    @EventSourcingHandler
    void on(MemberEnrolled event) {
        memberId = event.memberId();
    }
}
