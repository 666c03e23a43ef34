package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** From {@code affiliatedOn} the group belongs to a federation unit of the lowest level (an SHG to its village organisation). */
@EventType(name = "org.kisti.members.GroupAffiliated", version = 1)
public record GroupAffiliated(String orgId, String groupId, String unitId, LocalDate affiliatedOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return groupId;
    }

    @Override
    public LocalDate businessDate() {
        return affiliatedOn;
    }
}
