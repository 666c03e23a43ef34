package org.kisti.events.member;

import java.time.LocalDate;
import org.kisti.events.EventType;

/**
 * A woman joined a group of a partner organisation, and, when the group has them, one of its cohesion groups. The
 * name is kept because members are identified by it at group meetings; date of birth, household, land and national id
 * stay in member-service's own erasable tables (ADR 0008), never here.
 *
 * <p>Version 2 added {@code cohesionGroupId}; a stored or published version 1 reads as version 2 with none
 * ({@link org.kisti.events.EventUpcasts}).
 */
@EventType(name = "org.kisti.members.MemberEnrolled", version = 2)
public record MemberEnrolled(String orgId, String memberId, String groupId, String cohesionGroupId, String name,
        LocalDate enrolledOn) implements MemberEvent {

    @Override
    public LocalDate businessDate() {
        return enrolledOn;
    }
}
