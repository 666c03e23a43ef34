package org.kisti.loan.servicing;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kisti.eventsourcing.jdbc.Sql;

/**
 * Which loans are open on a day among the members of a group (as this service knows her group now), of a branch's
 * groups, or of every group a field officer served that day: for the officer's follow-up list and for rescheduling a
 * whole group or branch after a disaster. The figures themselves come from each loan's own events.
 */
@ApplicationScoped
public class FollowUpList {

    /** A loan open on the day, and whose it is. */
    public record OpenLoan(String loanId, String memberId, String groupId) {}

    private static final String OPEN_ON = " l.org_id = ? and l.disbursed_on <= ? and (l.closed_on is null or"
            + " l.closed_on > ?)";

    private final DataSource dataSource;

    public FollowUpList(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<OpenLoan> ofGroup(String orgId, String groupId, LocalDate day) {
        return query("select l.loan_id, l.member_id, m.group_id from member_loan l join known_member m on"
                + " m.org_id = l.org_id and m.member_id = l.member_id where" + OPEN_ON + " and m.group_id = ?"
                + " order by l.loan_id", orgId, day, day, groupId);
    }

    public List<OpenLoan> ofBranch(String orgId, String branchId, LocalDate day) {
        return query("select l.loan_id, l.member_id, m.group_id from member_loan l join known_member m on"
                + " m.org_id = l.org_id and m.member_id = l.member_id join known_group g on g.org_id = m.org_id and"
                + " g.group_id = m.group_id where" + OPEN_ON + " and g.branch_id = ? order by l.loan_id", orgId, day,
                day, branchId);
    }

    public List<OpenLoan> ofOfficer(String orgId, String officerId, LocalDate day) {
        return query("select l.loan_id, l.member_id, m.group_id from member_loan l join known_member m on"
                + " m.org_id = l.org_id and m.member_id = l.member_id where" + OPEN_ON + " and (select o.officer_id"
                + " from group_officer o where o.org_id = m.org_id and o.group_id = m.group_id and o.from_date <= ?"
                + " order by o.from_date desc limit 1) = ? order by l.loan_id", orgId, day, day, day, officerId);
    }

    private List<OpenLoan> query(String sql, Object... parameters) {
        List<OpenLoan> loans = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = Sql.prepared(connection, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                loans.add(new OpenLoan(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the loans to follow up", e);
        }
        return loans;
    }
}
