package org.kisti.loan.collection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.kisti.eventsourcing.jdbc.Sql;

/**
 * A group's members as this service knows them from the topics, with their loans and savings accounts: what a posted
 * sheet is checked against, and what a generated sheet lists. Three queries whatever the group's size.
 */
@ApplicationScoped
public class GroupRoster {

    /** A member of the group, seated in her cohesion group, with her loans and accounts (id to currency). */
    public record Seat(String memberId, String name, String cohesionGroupId, String cohesionGroupName,
            LocalDate enrolledOn, Map<String, Loan> loans, Map<String, Account> accounts) {}

    /** One of her loans: open on a day unless closed by then. */
    public record Loan(String loanId, LocalDate disbursedOn, LocalDate closedOn) {

        public boolean openOn(LocalDate day) {
            return !disbursedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
        }
    }

    /** One of her savings accounts. */
    public record Account(String accountId, String currency, String productId, LocalDate openedOn,
            LocalDate closedOn) {

        public boolean openOn(LocalDate day) {
            return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
        }
    }

    private final DataSource dataSource;

    public GroupRoster(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this service has heard of the group in this organisation. */
    public boolean knows(String orgId, String groupId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = Sql.prepared(connection, "select 1 from known_group where org_id = ? and"
                        + " group_id = ?", orgId, groupId);
                ResultSet row = query.executeQuery()) {
            return row.next();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read known_group", e);
        }
    }

    /**
     * The group's members who have not left (active, or leaving with loans still to repay), by cohesion group (by its
     * name; members of none last), then by name and id, as they sit at the meeting.
     */
    public Map<String, Seat> seats(String orgId, String groupId) {
        Map<String, Seat> seats = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = Sql.prepared(connection, "select m.member_id, c.name, c.cohesion_group_id,"
                    + " g.name, m.enrolled_on from known_member m left join member_cohesion c on c.org_id = m.org_id"
                    + " and c.member_id = m.member_id left join cohesion_group g on g.org_id = c.org_id and"
                    + " g.cohesion_group_id = c.cohesion_group_id where m.org_id = ? and m.group_id = ? and m.status"
                    + " in ('ACTIVE', 'LEAVING') order by g.name nulls last, c.cohesion_group_id nulls last, c.name,"
                    + " m.member_id", orgId, groupId);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    seats.put(rows.getString(1), new Seat(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, LocalDate.class), new LinkedHashMap<>(),
                            new LinkedHashMap<>()));
                }
            }
            try (PreparedStatement query = Sql.prepared(connection, "select l.member_id, l.loan_id, l.disbursed_on,"
                    + " l.closed_on from member_loan l join known_member m on m.org_id = l.org_id and m.member_id ="
                    + " l.member_id where l.org_id = ? and m.group_id = ? order by l.disbursed_on, l.loan_id", orgId,
                    groupId);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Seat seat = seats.get(rows.getString(1));
                    if (seat != null) {
                        seat.loans().put(rows.getString(2), new Loan(rows.getString(2),
                                rows.getObject(3, LocalDate.class), rows.getObject(4, LocalDate.class)));
                    }
                }
            }
            try (PreparedStatement query = Sql.prepared(connection, "select a.member_id, a.account_id, a.currency,"
                    + " a.product_id, a.opened_on, a.closed_on from known_savings_account a join known_member m on"
                    + " m.org_id = a.org_id and m.member_id = a.member_id where a.org_id = ? and m.group_id = ?"
                    + " order by a.opened_on, a.account_id", orgId, groupId);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Seat seat = seats.get(rows.getString(1));
                    if (seat != null) {
                        seat.accounts().put(rows.getString(2), new Account(rows.getString(2),
                                rows.getString(3).trim(), rows.getString(4), rows.getObject(5, LocalDate.class),
                                rows.getObject(6, LocalDate.class)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the group's members, loans and accounts", e);
        }
        return seats;
    }
}
