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

/** The organisation's federation units and their dated affiliations (V2__roster_stints.sql), for the tree's GET. */
@ApplicationScoped
public class FederationTree {

    /** One unit and its parent on the day asked (none at the top or before its first affiliation). */
    public record Unit(String unitId, String level, String parentUnitId) {}

    /** A group and the unit it belonged to on the day. */
    public record Affiliation(String childId, String parentUnitId) {}

    private final DataSource dataSource;

    public FederationTree(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void unitFormed(String orgId, String unitId, String level) {
        execute("insert into federation_unit (org_id, unit_id, level) values (?, ?, ?)", orgId, unitId, level);
    }

    void affiliated(String orgId, String childId, String kind, String parentUnitId, LocalDate from) {
        execute("insert into federation_affiliation (org_id, child_id, child_kind, parent_unit_id, from_date)"
                + " values (?, ?, ?, ?, ?) on conflict (org_id, child_id, from_date)"
                + " do update set parent_unit_id = excluded.parent_unit_id", orgId, childId, kind, parentUnitId, from);
    }

    public List<Unit> units(String orgId, LocalDate day) {
        String sql = "select u.unit_id, u.level, (select a.parent_unit_id from federation_affiliation a"
                + " where a.org_id = u.org_id and a.child_id = u.unit_id and a.from_date <= ?"
                + " order by a.from_date desc limit 1) from federation_unit u where u.org_id = ? order by u.unit_id";
        List<Unit> units = new ArrayList<>();
        query(sql, row -> units.add(new Unit(row.getString(1), row.getString(2), row.getString(3))), day, orgId);
        return units;
    }

    public List<Affiliation> groups(String orgId, LocalDate day) {
        String sql = "select distinct on (child_id) child_id, parent_unit_id from federation_affiliation"
                + " where org_id = ? and child_kind = 'GROUP' and from_date <= ? order by child_id, from_date desc";
        List<Affiliation> groups = new ArrayList<>();
        query(sql, row -> groups.add(new Affiliation(row.getString(1), row.getString(2))), orgId, day);
        return groups;
    }

    private interface Rows {
        void each(ResultSet row) throws SQLException;
    }

    private void query(String sql, Rows rows, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = Sql.prepared(connection, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.each(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("federation query failed", e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = Sql.prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("federation update failed", e);
        }
    }
}
