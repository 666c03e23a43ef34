package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** The group stopped meeting on {@code closedOn}: no one may join it from that day. */
@EventType(name = "org.kisti.members.GroupClosed", version = 1)
public record GroupClosed(String orgId, String groupId, LocalDate closedOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return groupId;
    }

    @Override
    public LocalDate businessDate() {
        return closedOn;
    }
}
