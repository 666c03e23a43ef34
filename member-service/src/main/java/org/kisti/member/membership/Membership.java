package org.kisti.member.membership;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.events.organisation.OrganisationEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.member.eligibility.Eligibility;
import org.kisti.member.eligibility.PolicyVersions;
import org.kisti.member.group.GroupFacts;
import org.kisti.member.membership.MembershipCommands.ErasePersonalData;
import org.kisti.member.membership.MembershipCommands.RecordTraining;
import org.kisti.member.membership.MembershipCommands.RequestExit;
import org.kisti.member.membership.MembershipCommands.Transfer;
import org.kisti.member.roster.Roster;
import org.kisti.platform.problem.FieldViolation;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.time.BusinessClock;

/** A member's life after enrolment: trainings, transfers, her exit, the erasure of her personal data. */
@ApplicationScoped
public class Membership {

    private final CommandGateway commands;
    private final EventHistory history;
    private final PolicyVersions policies;
    private final Roster roster;

    public Membership(CommandGateway commands, EventHistory history, PolicyVersions policies, Roster roster) {
        this.commands = commands;
        this.history = history;
        this.policies = policies;
        this.roster = roster;
    }

    public void train(String orgId, String memberId, MembershipRequests.Training request) {
        commands.sendAndWait(new RecordTraining(orgId, memberId, UUID.randomUUID().toString(), request.course(),
                request.weeks(), request.completedOn()));
    }

    /**
     * Moves her, under the other group's lock: it must meet on the day and own the cohesion group, and have room by the
     * policy in force then. The roster follows the event ({@code RosterFollower}), in this transaction.
     */
    public void transfer(String orgId, String memberId, MembershipRequests.Transfer request) {
        GroupFacts group = GroupFacts.of(history.factsIfAny(orgId, request.toGroupId(), OrganisationEvent.class))
                .orElseThrow(() -> ProblemException.ruleBroken("toGroupId", "names no group of this organisation"));
        if (!group.meetsOn(request.transferredOn())) {
            throw ProblemException.ruleBroken("toGroupId", "the group does not meet on " + request.transferredOn());
        }
        if (request.cohesionGroupId() != null
                && !group.hasCohesionGroup(request.cohesionGroupId(), request.transferredOn())) {
            throw ProblemException.ruleBroken("cohesionGroupId", "is not a cohesion group of that group on "
                    + request.transferredOn());
        }
        roster.lockGroup(orgId, request.toGroupId());
        EligibilityPolicySet policy = policies.inForceOn(orgId, request.transferredOn()).orElse(null);
        Eligibility.Counts counts = new Eligibility.Counts(0,
                roster.activeInGroup(orgId, request.toGroupId(), request.transferredOn()),
                request.cohesionGroupId() == null ? 0 : roster.activeInCohesionGroup(orgId, request.toGroupId(),
                        request.cohesionGroupId(), request.transferredOn()));
        List<FieldViolation> broken = new ArrayList<>(Eligibility.placement(policy, "toGroupId",
                request.cohesionGroupId() != null, counts));
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken(broken);
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new Transfer(orgId, memberId,
                request.toGroupId(), request.cohesionGroupId(), request.transferredOn()))
                .andMetaData(Map.of("seen.roster", "group " + counts.group() + ", cohesion group "
                        + counts.cohesionGroup())));
    }

    public void requestExit(String orgId, String memberId, MembershipRequests.Exit request) {
        commands.sendAndWait(new RequestExit(orgId, memberId, request.reason(), request.exitDate()));
    }

    /** The erasure is itself a fact (who asked is in the audit trail); the rows go with it, in one transaction. */
    public void erasePersonalData(String orgId, String memberId) {
        commands.sendAndWait(new ErasePersonalData(orgId, memberId, BusinessClock.today()));
    }
}
