package org.kisti.member.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
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
        String sql = "select member_id, cohesion_group_id from roster where org_id = ? and group_id = ?"
                + " and enrolled_on <= ? and (exited_on is null or exited_on > ?)"
                + " order by cohesion_group_id nulls last, member_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepared(connection, sql, orgId, groupId, day, day);
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

    public int activeInCohesionGroup(String orgId, String groupId, String cohesionGroupId, LocalDate day) {
        return strings("select member_id from roster where org_id = ? and group_id = ? and cohesion_group_id = ?"
                + " and enrolled_on <= ? and (exited_on is null or exited_on > ?)",
                orgId, groupId, cohesionGroupId, day, day).size();
    }

    /** Members of the household active on the day or at any time after it (a later enrolment still counts). */
    public int activeInHousehold(String orgId, String householdKey, LocalDate day) {
        return strings("select member_id from roster where org_id = ? and household_key = ?"
                + " and (exited_on is null or exited_on > ?)", orgId, householdKey, day).size();
    }

    public void enrol(String orgId, String memberId, String groupId, String cohesionGroupId, String householdKey,
            LocalDate enrolledOn) {
        update("insert into roster (org_id, member_id, group_id, cohesion_group_id, household_key, enrolled_on)"
                + " values (?, ?, ?, ?, ?, ?)", orgId, memberId, groupId, cohesionGroupId, householdKey, enrolledOn);
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
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private List<String> strings(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepared(connection, sql, parameters);
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

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof LocalDate day ? Date.valueOf(day) : parameters[i];
            statement.setObject(i + 1, value);
        }
        return statement;
    }
}
