package org.kisti.events.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.kisti.events.EventType;

/**
 * A group formed in a branch, meeting weekly on {@code meetingDay} at {@code meetingPlace}, served by the field officer
 * {@code officerId} (a staff id; her portfolio on a date is the groups assigned to her then).
 */
@EventType(name = "org.kisti.members.GroupFormed", version = 1)
public record GroupFormed(String orgId, String groupId, String branchId, GroupKind kind, String name,
        DayOfWeek meetingDay, String meetingPlace, String officerId, LocalDate formedOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return groupId;
    }

    @Override
    public LocalDate businessDate() {
        return formedOn;
    }
}
