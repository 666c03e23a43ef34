package org.kisti.member.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kisti.events.organisation.CohesionGroupFormed;
import org.kisti.events.organisation.GroupClosed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.OrganisationEvent;

/** A group's recorded facts, as another part of member-service asks about them (may she join it on this day?). */
public final class GroupFacts {

    private final List<OrganisationEvent> history;
    private final GroupFormed formed;

    private GroupFacts(List<OrganisationEvent> history) {
        this.history = history;
        this.formed = (GroupFormed) history.get(0);
    }

    /** The group's facts, or empty when the events are not a group's. */
    public static Optional<GroupFacts> of(List<OrganisationEvent> history) {
        return history.isEmpty() || !(history.get(0) instanceof GroupFormed) ? Optional.empty()
                : Optional.of(new GroupFacts(history));
    }

    /** Formed by the day and not closed on or before it. */
    public boolean meetsOn(LocalDate day) {
        if (day.isBefore(formed.formedOn())) {
            return false;
        }
        return history.stream().noneMatch(e -> e instanceof GroupClosed closed && !day.isBefore(closed.closedOn()));
    }

    public boolean hasCohesionGroup(String cohesionGroupId, LocalDate day) {
        return history.stream().anyMatch(e -> e instanceof CohesionGroupFormed cohesion
                && cohesion.cohesionGroupId().equals(cohesionGroupId) && !cohesion.formedOn().isAfter(day));
    }
}
