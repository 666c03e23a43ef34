package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** A branch closed: from {@code closedOn} no group may be formed in it. */
@EventType(name = "org.kisti.members.BranchClosed", version = 1)
public record BranchClosed(String orgId, String branchId, LocalDate closedOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return branchId;
    }

    @Override
    public LocalDate businessDate() {
        return closedOn;
    }
}
