package org.kisti.events.organisation;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;

/** The organisation's federation levels from {@code effectiveFrom}, lowest first (e.g. VO, CLF, BLOCK, DISTRICT): groups affiliate to a unit of the first, each unit to one of the next. */
@EventType(name = "org.kisti.members.FederationLevelsNamed", version = 1)
public record FederationLevelsNamed(String orgId, String federationId, List<String> levels, LocalDate effectiveFrom) implements OrganisationEvent {

    public FederationLevelsNamed {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    @Override
    public String aggregateId() {
        return federationId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveFrom;
    }
}
