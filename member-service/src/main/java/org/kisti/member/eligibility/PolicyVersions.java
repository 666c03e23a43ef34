package org.kisti.member.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.platform.time.InForce;

/** The versions of an organisation's eligibility policy, read from its events. */
@ApplicationScoped
public class PolicyVersions {

    private final EventHistory history;

    public PolicyVersions(EventHistory history) {
        this.history = history;
    }

    public List<EligibilityPolicySet> of(String orgId) {
        return history.factsIfAny(orgId, EligibilityPolicy.idOf(orgId), EligibilityPolicySet.class);
    }

    /** The version in force on the day: the latest dated on or before it; none when the policy starts later. */
    public Optional<EligibilityPolicySet> inForceOn(String orgId, LocalDate day) {
        return InForce.on(of(orgId), EligibilityPolicySet::effectiveFrom, day);
    }
}
