package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/**
 * A cohesion group of five to seven women formed inside a group: they sit together at the meeting and stand by each
 * other's loans. A fact of the group, so it is keyed and ordered with the group's other facts.
 */
@EventType(name = "org.kisti.members.CohesionGroupFormed", version = 1)
public record CohesionGroupFormed(String orgId, String groupId, String cohesionGroupId, String name,
        LocalDate formedOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return groupId;
    }

    @Override
    public LocalDate businessDate() {
        return formedOn;
    }
}
