package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** A federation unit (a village organisation, a cluster-level federation...) of one of the organisation's levels. */
@EventType(name = "org.kisti.members.FederationUnitFormed", version = 1)
public record FederationUnitFormed(String orgId, String unitId, String level, String name, LocalDate formedOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return unitId;
    }

    @Override
    public LocalDate businessDate() {
        return formedOn;
    }
}
