package org.kisti.member.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.platform.problem.FieldViolation;
import org.kisti.platform.problem.ProblemException;

/** Whether a policy version makes sense on its own: each range the right way round. */
final class PolicyRules {

    private PolicyRules() {}

    static EligibilityPolicySet version(SetEligibilityPolicy command) {
        List<FieldViolation> broken = new ArrayList<>();
        ordered(broken, "maxAge", command.minAge(), command.maxAge());
        ordered(broken, "groupMaxSize", command.groupMinSize(), command.groupMaxSize());
        ordered(broken, "cohesionMaxSize", command.cohesionMinSize(), command.cohesionMaxSize());
        if (command.cohesionMaxSize() != null && command.groupMaxSize() != null
                && command.cohesionMaxSize() > command.groupMaxSize()) {
            broken.add(new FieldViolation("cohesionMaxSize", "must not be above groupMaxSize"));
        }
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken(broken);
        }
        return new EligibilityPolicySet(command.orgId(), command.policyId(), command.effectiveFrom(),
                command.minAge(), command.maxAge(), command.landDecimals(), command.allowedGenders(),
                command.onePerHousehold(), command.groupMinSize(), command.groupMaxSize(), command.cohesionMinSize(),
                command.cohesionMaxSize(), command.trainedAfterWeeks());
    }

    private static void ordered(List<FieldViolation> broken, String maxField, Integer min, Integer max) {
        if (min != null && max != null && min > max) {
            broken.add(new FieldViolation(maxField, "must not be below its minimum, " + min));
        }
    }
}
