package org.kisti.events.member;

import java.time.LocalDate;
import org.kisti.events.EventType;

/**
 * A woman joined a group of a partner organisation. The name is kept because members are identified by it at group
 * meetings; no national id, phone number or other identifier travels in the event.
 */
@EventType(name = "org.kisti.members.MemberEnrolled", version = 1)
public record MemberEnrolled(String orgId, String memberId, String groupId, String name, LocalDate enrolledOn)
        implements MemberEvent {

    @Override
    public LocalDate businessDate() {
        return enrolledOn;
    }
}
