package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** From {@code effectiveOn} another field officer serves the group: it leaves one portfolio and joins another. */
@EventType(name = "org.kisti.members.GroupOfficerAssigned", version = 1)
public record GroupOfficerAssigned(String orgId, String groupId, String officerId, LocalDate effectiveOn)
        implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return groupId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
