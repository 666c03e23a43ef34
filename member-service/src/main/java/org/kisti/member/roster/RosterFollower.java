package org.kisti.member.roster;

import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.member.PersonalDataErased;
import org.kisti.events.organisation.FederationUnitAffiliated;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.events.organisation.GroupAffiliated;

/**
 * Keeps the command-side tables in step with the facts that need nothing beyond the event: a transfer, an exit, an
 * erasure, the federation tree. Runs in a subscribing processor, in the transaction that appends the event (a failure
 * here rolls the event back), so table and events never disagree. An enrolment writes its row itself: the household
 * key it needs is personal data no event carries.
 */
@Singleton
@ProcessingGroup(RosterFollower.GROUP)
public class RosterFollower {

    public static final String GROUP = "member-roster";

    private final Roster roster;
    private final PersonalData personalData;
    private final FederationTree federation;

    public RosterFollower(Roster roster, PersonalData personalData, FederationTree federation) {
        this.roster = roster;
        this.personalData = personalData;
        this.federation = federation;
    }

    @EventHandler
    void on(MemberTransferred event) {
        roster.transfer(event.orgId(), event.memberId(), event.toGroupId(), event.cohesionGroupId(),
                event.transferredOn());
    }

    @EventHandler
    void on(MemberExited event) {
        roster.exit(event.orgId(), event.memberId(), event.exitDate());
    }

    @EventHandler
    void on(PersonalDataErased event) {
        personalData.erase(event.orgId(), event.memberId());
        roster.forgetIdentities(event.orgId(), event.memberId());
    }

    @EventHandler
    void on(FederationUnitFormed event) {
        federation.unitFormed(event.orgId(), event.unitId(), event.level());
    }

    @EventHandler
    void on(FederationUnitAffiliated event) {
        federation.affiliated(event.orgId(), event.unitId(), "UNIT", event.parentUnitId(), event.affiliatedOn());
    }

    @EventHandler
    void on(GroupAffiliated event) {
        federation.affiliated(event.orgId(), event.groupId(), "GROUP", event.unitId(), event.affiliatedOn());
    }
}
