package org.kisti.member.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.platform.problem.FieldViolation;

/**
 * Judges an enrolment by the policy version in force on its date: every rule it breaks, each naming the field, so an
 * officer fixes the form once. A rule the version leaves out does not apply; no version at all means no rules.
 */
public final class Eligibility {

    /** The woman asking to join, as the rules see her. */
    public record Applicant(LocalDate dateOfBirth, Gender gender, BigDecimal landDecimals) {}

    /**
     * What the roster held when she asked, under its locks: members of her household active on or after the day,
     * members of the group and of the cohesion group on the day (she not included).
     */
    public record Counts(int household, int group, int cohesionGroup) {}

    private Eligibility() {}

    public static List<FieldViolation> judge(EligibilityPolicySet policy, Applicant applicant, LocalDate enrolledOn,
            boolean joinsCohesionGroup, Counts counts) {
        List<FieldViolation> broken = new ArrayList<>();
        if (applicant.dateOfBirth().isAfter(enrolledOn)) {
            broken.add(new FieldViolation("dateOfBirth", "must not be after the enrolment date " + enrolledOn));
            return broken;
        }
        if (policy == null) {
            return broken;
        }
        int age = Period.between(applicant.dateOfBirth(), enrolledOn).getYears();
        if (policy.minAge() != null && age < policy.minAge()) {
            broken.add(new FieldViolation("dateOfBirth", "age " + age + " is below the minimum " + policy.minAge()));
        }
        if (policy.maxAge() != null && age > policy.maxAge()) {
            broken.add(new FieldViolation("dateOfBirth", "age " + age + " is above the maximum " + policy.maxAge()));
        }
        if (policy.landDecimals() != null && applicant.landDecimals().compareTo(policy.landDecimals()) > 0) {
            broken.add(new FieldViolation("landDecimals", "land of " + applicant.landDecimals().toPlainString()
                    + " decimals is above the maximum " + policy.landDecimals().toPlainString()));
        }
        if (!policy.allowedGenders().isEmpty() && !policy.allowedGenders().contains(applicant.gender().name())) {
            broken.add(new FieldViolation("gender", "must be one of " + policy.allowedGenders()));
        }
        if (Boolean.TRUE.equals(policy.onePerHousehold()) && counts.household() > 0) {
            broken.add(new FieldViolation("householdId", "another member of the household is already active"));
        }
        broken.addAll(placement(policy, "groupId", joinsCohesionGroup, counts));
        return broken;
    }

    /**
     * Whether the group and cohesion group she joins (on enrolment or transfer) have room for her: the sizes of the
     * policy in force, against the roster's counts without her. {@code groupField} names the field of the request.
     */
    public static List<FieldViolation> placement(EligibilityPolicySet policy, String groupField,
            boolean joinsCohesionGroup, Counts counts) {
        List<FieldViolation> broken = new ArrayList<>();
        if (policy == null) {
            return broken;
        }
        if (policy.groupMaxSize() != null && counts.group() >= policy.groupMaxSize()) {
            broken.add(new FieldViolation(groupField, "the group already has " + counts.group()
                    + " members, its maximum " + policy.groupMaxSize()));
        }
        if (joinsCohesionGroup && policy.cohesionMaxSize() != null
                && counts.cohesionGroup() >= policy.cohesionMaxSize()) {
            broken.add(new FieldViolation("cohesionGroupId", "the cohesion group already has "
                    + counts.cohesionGroup() + " members, its maximum " + policy.cohesionMaxSize()));
        }
        return broken;
    }
}
