package org.kisti.member.roster;

import org.kisti.eventsourcing.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kisti.platform.problem.ProblemException;

/**
 * Member-service's command-side tables (V1__roster.sql): which groups exist, who belongs to which group from which
 * day, and the locks that make rules across members hold under concurrent requests. Every write joins the caller's
 * transaction, the one that appends the events, so a table and the events never disagree.
 */
@ApplicationScoped
public class Roster {

    private final DataSource dataSource;

    public Roster(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void registerGroup(String orgId, String groupId, String branchId) {
        update("insert into org_group (org_id, group_id, branch_id) values (?, ?, ?)", orgId, groupId, branchId);
    }

    public List<String> groupsOf(String orgId, String branchId) {
        return strings("select group_id from org_group where org_id = ? and branch_id = ? order by group_id",
                orgId, branchId);
    }

    /** Holds the group until the transaction ends, so two enrolments cannot both take its last place. */
    public void lockGroup(String orgId, String groupId) {
        strings("select group_id from org_group where org_id = ? and group_id = ? for update", orgId, groupId);
    }

    /** Holds the household until the transaction ends, so two enrolments from it cannot both pass the rule. */
    public void lockHousehold(String orgId, String householdKey) {
        update("insert into household_lock (org_id, household_key) values (?, ?) on conflict do nothing",
                orgId, householdKey);
        strings("select household_key from household_lock where org_id = ? and household_key = ? for update",
                orgId, householdKey);
    }

    /** A member's place in a group. */
    public record Membership(String memberId, String cohesionGroupId) {}

    /** Members of the group on the day: enrolled by then and not yet exited, by cohesion group. */
    public List<Membership> membersOf(String orgId, String groupId, LocalDate day) {
        String sql = "select member_id, cohesion_group_id from roster_stint where org_id = ? and group_id = ?"
                + " and from_date <= ? and (to_date is null or to_date > ?)"
                + " order by cohesion_group_id nulls last, member_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = Sql.prepared(connection, sql, orgId, groupId, day, day);
                ResultSet rows = statement.executeQuery()) {
            List<Membership> members = new ArrayList<>();
            while (rows.next()) {
                members.add(new Membership(rows.getString(1), rows.getString(2)));
            }
            return members;
        } catch (SQLException e) {
            throw new IllegalStateException("roster query failed", e);
        }
    }

    /** How many members the group has on the day. */
    public int activeInGroup(String orgId, String groupId, LocalDate day) {
        return count("select count(*) from roster_stint where org_id = ? and group_id = ?"
                + " and from_date <= ? and (to_date is null or to_date > ?)", orgId, groupId, day, day);
    }

    public int activeInCohesionGroup(String orgId, String groupId, String cohesionGroupId, LocalDate day) {
        return count("select count(*) from roster_stint where org_id = ? and group_id = ? and cohesion_group_id = ?"
                + " and from_date <= ? and (to_date is null or to_date > ?)",
                orgId, groupId, cohesionGroupId, day, day);
    }

    /** Members of the household active on the day or at any time after it (a later enrolment still counts). */
    public int activeInHousehold(String orgId, String householdKey, LocalDate day) {
        return count("select count(*) from roster where org_id = ? and household_key = ?"
                + " and (exited_on is null or exited_on > ?)", orgId, householdKey, day);
    }

    public void enrol(String orgId, String memberId, String groupId, String cohesionGroupId, String householdKey,
            LocalDate enrolledOn) {
        update("insert into roster (org_id, member_id, group_id, cohesion_group_id, household_key, enrolled_on)"
                + " values (?, ?, ?, ?, ?, ?)", orgId, memberId, groupId, cohesionGroupId, householdKey, enrolledOn);
        update("insert into roster_stint (org_id, member_id, group_id, cohesion_group_id, from_date)"
                + " values (?, ?, ?, ?, ?)", orgId, memberId, groupId, cohesionGroupId, enrolledOn);
    }

    /** Ends her current stint on the day and starts one in the other group. */
    public void transfer(String orgId, String memberId, String toGroupId, String cohesionGroupId, LocalDate day) {
        update("update roster_stint set to_date = ? where org_id = ? and member_id = ? and to_date is null",
                day, orgId, memberId);
        update("insert into roster_stint (org_id, member_id, group_id, cohesion_group_id, from_date)"
                + " values (?, ?, ?, ?, ?)", orgId, memberId, toGroupId, cohesionGroupId, day);
        update("update roster set group_id = ?, cohesion_group_id = ? where org_id = ? and member_id = ?",
                toGroupId, cohesionGroupId, orgId, memberId);
    }

    /** She is no longer a member from the day: her stint ends and her household's slot is free. */
    public void exit(String orgId, String memberId, LocalDate day) {
        update("update roster_stint set to_date = ? where org_id = ? and member_id = ? and to_date is null",
                day, orgId, memberId);
        update("update roster set exited_on = ? where org_id = ? and member_id = ?", day, orgId, memberId);
    }

    /** After an erasure nothing here may still point at her household or national id. */
    public void forgetIdentities(String orgId, String memberId) {
        update("update roster set household_key = null where org_id = ? and member_id = ?", orgId, memberId);
        update("delete from national_id_claim where org_id = ? and member_id = ?", orgId, memberId);
    }

    /** Claims the national id for the member; a second claim in the organisation is refused. */
    public void claimNationalId(String orgId, String nationalIdKey, String memberId) {
        try {
            execute("insert into national_id_claim (org_id, national_id_key, member_id) values (?, ?, ?)",
                    orgId, nationalIdKey, memberId);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw ProblemException.ruleBroken("nationalId", "is already a member's in this organisation");
            }
            throw new IllegalStateException("cannot claim the national id", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try {
            execute(sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("roster update failed", e);
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = Sql.prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private int count(String sql, Object... parameters) {
        return Integer.parseInt(strings(sql, parameters).get(0));
    }

    private List<String> strings(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = Sql.prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("roster query failed", e);
        }
    }
}
