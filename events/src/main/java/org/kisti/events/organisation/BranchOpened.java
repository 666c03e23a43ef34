package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/**
 * A branch office of the organisation opened. {@code subDistrict} is the upazila in Bangladesh or the block in
 * India: where funders' reports place the branch.
 */
@EventType(name = "org.kisti.members.BranchOpened", version = 1)
public record BranchOpened(String orgId, String branchId, String code, String name, String district,
        String subDistrict, LocalDate openedOn) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return branchId;
    }

    @Override
    public LocalDate businessDate() {
        return openedOn;
    }
}
