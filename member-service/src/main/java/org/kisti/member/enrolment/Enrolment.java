package org.kisti.member.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.events.organisation.OrganisationEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.member.eligibility.Eligibility;
import org.kisti.member.eligibility.PolicyVersions;
import org.kisti.member.group.GroupFacts;
import org.kisti.member.roster.IdentityKeys;
import org.kisti.member.roster.PersonalData;
import org.kisti.member.roster.Roster;
import org.kisti.platform.problem.FieldViolation;
import org.kisti.platform.problem.ProblemException;

/**
 * Enrols a woman, in the caller's transaction: the group must meet on the day and own the cohesion group; the policy
 * in force on the day judges her, with the roster's counts taken under its locks (the group's row, her household's
 * row), so two concurrent enrolments cannot both take a group's last place or a household's one slot. The roster,
 * her personal data and the event are written together or not at all.
 */
@ApplicationScoped
public class Enrolment {

    private final CommandGateway commands;
    private final EventHistory history;
    private final PolicyVersions policies;
    private final Roster roster;
    private final PersonalData personalData;
    private final IdentityKeys keys;

    public Enrolment(CommandGateway commands, EventHistory history, PolicyVersions policies, Roster roster,
            PersonalData personalData, IdentityKeys keys) {
        this.commands = commands;
        this.history = history;
        this.policies = policies;
        this.roster = roster;
        this.personalData = personalData;
        this.keys = keys;
    }

    public MemberEnrolled enrol(String orgId, String memberId, EnrolmentRequest request) {
        GroupFacts group = GroupFacts.of(history.factsIfAny(orgId, request.groupId(), OrganisationEvent.class))
                .orElseThrow(() -> ProblemException.ruleBroken("groupId", "names no group of this organisation"));
        if (!group.meetsOn(request.enrolledOn())) {
            throw ProblemException.ruleBroken("groupId", "the group does not meet on " + request.enrolledOn());
        }
        if (request.cohesionGroupId() != null
                && !group.hasCohesionGroup(request.cohesionGroupId(), request.enrolledOn())) {
            throw ProblemException.ruleBroken("cohesionGroupId", "is not a cohesion group of the group on "
                    + request.enrolledOn());
        }
        String householdKey = keys.of(orgId, "household", request.householdId());
        roster.lockGroup(orgId, request.groupId());
        roster.lockHousehold(orgId, householdKey);

        Optional<EligibilityPolicySet> policy = policies.inForceOn(orgId, request.enrolledOn());
        Eligibility.Counts counts = new Eligibility.Counts(
                roster.activeInHousehold(orgId, householdKey, request.enrolledOn()),
                roster.activeInGroup(orgId, request.groupId(), request.enrolledOn()),
                request.cohesionGroupId() == null ? 0 : roster.activeInCohesionGroup(orgId, request.groupId(),
                        request.cohesionGroupId(), request.enrolledOn()));
        List<FieldViolation> broken = Eligibility.judge(policy.orElse(null),
                new Eligibility.Applicant(request.dateOfBirth(), request.gender(), request.landDecimals()),
                request.enrolledOn(), request.cohesionGroupId() != null, counts);
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken(broken);
        }

        roster.enrol(orgId, memberId, request.groupId(), request.cohesionGroupId(), householdKey,
                request.enrolledOn());
        if (request.nationalId() != null) {
            roster.claimNationalId(orgId, keys.of(orgId, "national-id", request.nationalId()), memberId);
        }
        personalData.store(orgId, memberId, new PersonalData.Record(request.dateOfBirth(), request.gender().name(),
                request.householdId(), request.landDecimals(), request.nationalId()));
        EnrolMember command = new EnrolMember(orgId, memberId, request.groupId(), request.cohesionGroupId(),
                request.name(), request.enrolledOn());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(seen(policy, counts)));
        return new MemberEnrolled(orgId, memberId, request.groupId(), request.cohesionGroupId(), request.name(),
                request.enrolledOn());
    }

    /** What the judgement saw, kept with the event: the policy version and the roster's counts. */
    private static Map<String, String> seen(Optional<EligibilityPolicySet> policy, Eligibility.Counts counts) {
        return Map.of(
                "seen.eligibilityPolicy", policy.map(p -> "version from " + p.effectiveFrom()).orElse("none"),
                "seen.roster", "household " + counts.household() + ", group " + counts.group() + ", cohesion group "
                        + counts.cohesionGroup());
    }
}
