package org.kisti.events.member;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** From {@code transferredOn} she belongs to another group (and cohesion group); her history stays hers. */
@EventType(name = "org.kisti.members.MemberTransferred", version = 1)
public record MemberTransferred(String orgId, String memberId, String fromGroupId, String toGroupId,
        String cohesionGroupId, LocalDate transferredOn) implements MemberEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }

    @Override
    public LocalDate businessDate() {
        return transferredOn;
    }
}
