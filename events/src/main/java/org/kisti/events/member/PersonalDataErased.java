package org.kisti.events.member;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** Her personal data (date of birth, household, land, national id) was erased on request; her name stays in the events (ADR 0008), her history and every figure stay whole. */
@EventType(name = "org.kisti.members.PersonalDataErased", version = 1)
public record PersonalDataErased(String orgId, String memberId, LocalDate erasedOn) implements MemberEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }

    @Override
    public LocalDate businessDate() {
        return erasedOn;
    }
}
