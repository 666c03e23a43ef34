package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** From {@code affiliatedOn} the unit belongs to a unit of the next level up; reports roll up along this as of any date. */
@EventType(name = "org.kisti.members.FederationUnitAffiliated", version = 1)
public record FederationUnitAffiliated(String orgId, String unitId, String parentUnitId, LocalDate affiliatedOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return unitId;
    }

    @Override
    public LocalDate businessDate() {
        return affiliatedOn;
    }
}
