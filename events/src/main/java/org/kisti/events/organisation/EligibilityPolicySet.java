package org.kisti.events.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;

/**
 * The organisation's membership rules from {@code effectiveFrom} on, replacing the version in force before that day
 * (never the past: an enrolment is judged by the version in force on its own date). A null rule does not apply:
 * programmes differ, and AIMYM's interest-free programme asks less than KMSS's.
 *
 * @param landDecimals the most land a member's household may hold, in decimals (a hundredth of an acre)
 * @param allowedGenders names of {@code Gender} values; empty when the rule does not apply
 * @param trainedAfterWeeks the weeks of training after which a member counts as trained (a loan product says
 *     whether it needs a trained member)
 */
@EventType(name = "org.kisti.members.EligibilityPolicySet", version = 1)
public record EligibilityPolicySet(String orgId, String policyId, LocalDate effectiveFrom, Integer minAge,
        Integer maxAge, BigDecimal landDecimals, List<String> allowedGenders, Boolean onePerHousehold,
        Integer groupMinSize, Integer groupMaxSize, Integer cohesionMinSize, Integer cohesionMaxSize,
        Integer trainedAfterWeeks) implements OrganisationEvent {

    public EligibilityPolicySet {
        allowedGenders = allowedGenders == null ? List.of() : List.copyOf(allowedGenders);
    }

    @Override
    public String aggregateId() {
        return policyId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveFrom;
    }
}
