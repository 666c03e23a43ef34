package org.kisti.member.federation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.kisti.events.organisation.FederationLevelsNamed;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.platform.time.InForce;

/** The organisation's federation levels in force on a day, read from the federation's events. */
@ApplicationScoped
public class LevelVersions {

    private final EventHistory history;

    public LevelVersions(EventHistory history) {
        this.history = history;
    }

    /** Lowest first; empty before the organisation names any. */
    public List<String> inForceOn(String orgId, LocalDate day) {
        return InForce.on(history.factsIfAny(orgId, Federation.idOf(orgId), FederationLevelsNamed.class),
                FederationLevelsNamed::effectiveFrom, day).map(FederationLevelsNamed::levels).orElse(List.of());
    }
}
