package org.kisti.events.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.kisti.events.EventType;

/** From {@code effectiveOn} the group meets on another day or at another place; meetings before keep the old ones. */
@EventType(name = "org.kisti.members.GroupMeetingChanged", version = 1)
public record GroupMeetingChanged(String orgId, String groupId, DayOfWeek meetingDay, String meetingPlace,
        LocalDate effectiveOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return groupId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
