package org.kisti.events.member;

import org.kisti.events.KistiEvent;

/** Facts about a member of an organisation, published on {@code kisti.members.v1} keyed by member id. */
public sealed interface MemberEvent extends KistiEvent permits MemberEnrolled, MemberTrainingCompleted, MemberTransferred,
        MemberExitRequested, MemberExited, PersonalDataErased {
    String memberId();

    @Override
    default String aggregateId() {
        return memberId();
    }
}
