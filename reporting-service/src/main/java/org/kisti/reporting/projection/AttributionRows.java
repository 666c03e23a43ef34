package org.kisti.reporting.projection;

import io.smallrye.mutiny.Uni;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.organisation.BranchOpened;
import org.kisti.events.organisation.FederationUnitAffiliated;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.events.organisation.GroupAffiliated;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupOfficerAssigned;
import org.kisti.events.origination.FundRegistered;

/**
 * The facts roll-ups attribute by, each with the day it holds from: a report as of D finds, per member, group and
 * unit, the latest row dated on or before D. Upserts, so a second fact for the same day (applied in the aggregate's
 * order) supersedes the first, and a redelivery changes nothing.
 */
final class AttributionRows {

    private AttributionRows() {}

    static Uni<Void> memberGroup(MemberEnrolled e) {
        return memberGroup(e.memberId(), e.enrolledOn(), e.groupId());
    }

    static Uni<Void> memberGroup(MemberTransferred e) {
        return memberGroup(e.memberId(), e.transferredOn(), e.toGroupId());
    }

    private static Uni<Void> memberGroup(String memberId, java.time.LocalDate from, String groupId) {
        return Statements.execute("insert into member_group (member_id, valid_from, group_id) values (?1, ?2, ?3)"
                + " on conflict (member_id, valid_from) do update set group_id = excluded.group_id",
                memberId, from, groupId)
                .chain(() -> Statements.execute(MEMBER_GROUP_UNTIL, memberId));
    }

    /**
     * Each of her group rows holds until her next one's day (null: still): a report as of D then picks her row with a
     * plain filter. Recomputed for all her rows, so a back-dated transfer lands between two others correctly.
     */
    static final String MEMBER_GROUP_UNTIL = "update member_group g set valid_until = (select min(n.valid_from)"
            + " from member_group n where n.member_id = g.member_id and n.valid_from > g.valid_from)"
            + " where g.member_id = ?1";

    static Uni<Void> branch(BranchOpened e) {
        return Statements.execute("insert into branch (branch_id, org_id, code, name) values (?1, ?2, ?3, ?4)"
                + " on conflict do nothing", e.branchId(), e.orgId(), e.code(), e.name());
    }

    static Uni<Void> group(GroupFormed e) {
        return Statements.execute("insert into org_group (group_id, org_id, branch_id, name, formed_on)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing",
                e.groupId(), e.orgId(), e.branchId(), e.name(), e.formedOn())
                .chain(() -> officer(e.groupId(), e.formedOn(), e.officerId()));
    }

    static Uni<Void> officer(GroupOfficerAssigned e) {
        return officer(e.groupId(), e.effectiveOn(), e.officerId());
    }

    private static Uni<Void> officer(String groupId, java.time.LocalDate from, String officerId) {
        return Statements.execute("insert into group_officer (group_id, valid_from, officer_id) values (?1, ?2, ?3)"
                + " on conflict (group_id, valid_from) do update set officer_id = excluded.officer_id",
                groupId, from, officerId);
    }

    static Uni<Void> unit(FederationUnitFormed e) {
        return Statements.execute("insert into federation_unit (unit_id, org_id, level, name) values (?1, ?2, ?3, ?4)"
                + " on conflict do nothing", e.unitId(), e.orgId(), e.level(), e.name());
    }

    static Uni<Void> affiliation(GroupAffiliated e) {
        return Statements.execute("insert into group_affiliation (group_id, valid_from, unit_id) values (?1, ?2, ?3)"
                + " on conflict (group_id, valid_from) do update set unit_id = excluded.unit_id",
                e.groupId(), e.affiliatedOn(), e.unitId());
    }

    static Uni<Void> affiliation(FederationUnitAffiliated e) {
        return Statements.execute("insert into unit_affiliation (unit_id, valid_from, parent_unit_id)"
                + " values (?1, ?2, ?3) on conflict (unit_id, valid_from) do update"
                + " set parent_unit_id = excluded.parent_unit_id", e.unitId(), e.affiliatedOn(), e.parentUnitId());
    }

    static Uni<Void> fund(FundRegistered e) {
        return Statements.execute("insert into fund (fund_id, org_id, funder_id, name) values (?1, ?2, ?3, ?4)"
                + " on conflict do nothing", e.fundId(), e.orgId(), e.funderId(), e.name());
    }
}
