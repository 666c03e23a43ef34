package org.kisti.loan.facts;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * What loan-service knows, from its own tables, about a member on an approval date: her loans (kept with the loan
 * events), her training and her savings (learned from the topics). Each answer says how far the topics had been read,
 * so a refusal can name what it judged on.
 */
@ApplicationScoped
public class ApprovalFacts {

    /** Her loans on the day: open ones, and ones repaid before it (her next loan's cycle is one more). */
    public record Loans(int active, int repaid) {
        public int nextCycle() {
            return repaid + 1;
        }
    }

    /** Weeks of training completed by the day, and the weeks her organisation counts as trained then (if any). */
    public record Training(int weeks, Integer threshold) {}

    /** Her group's branch and field officer on a day, as far as the members topic has told this service. */
    public record Hierarchy(String branchId, String officerId) {}

    private final DataSource dataSource;

    public ApprovalFacts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Loans loans(String orgId, String memberId, LocalDate day) {
        String sql = "select count(*) filter (where closed_on is null or closed_on > ?),"
                + " count(*) filter (where closed_on is not null and closed_on <= ?)"
                + " from member_loan where org_id = ? and member_id = ?";
        return query(sql, row -> new Loans(row.getInt(1), row.getInt(2)), Date.valueOf(day), Date.valueOf(day),
                orgId, memberId);
    }

    public Training training(String orgId, String memberId, LocalDate day) {
        int weeks = query("select coalesce(sum(weeks), 0) from member_training where org_id = ? and member_id = ?"
                + " and completed_on <= ?", row -> row.getInt(1), orgId, memberId, Date.valueOf(day));
        Integer threshold = query("select weeks from training_threshold where org_id = ? and effective_from <= ?"
                + " order by effective_from desc limit 1", row -> (Integer) row.getObject(1), orgId,
                Date.valueOf(day));
        return new Training(weeks, threshold);
    }

    /** Her savings in the currency on the day: every deposit dated on or before it. */
    public BigDecimal savings(String orgId, String memberId, String currency, LocalDate day) {
        return query("select coalesce(sum(amount), 0) from member_saving where org_id = ? and member_id = ?"
                + " and currency = ? and deposited_on <= ?", row -> row.getBigDecimal(1), orgId, memberId, currency,
                Date.valueOf(day));
    }

    public Hierarchy hierarchy(String orgId, String groupId, LocalDate day) {
        if (groupId == null) {
            return new Hierarchy(null, null);
        }
        String branch = query("select branch_id from known_group where org_id = ? and group_id = ?",
                row -> row.getString(1), orgId, groupId);
        String officer = query("select officer_id from group_officer where org_id = ? and group_id = ?"
                + " and from_date <= ? order by from_date desc limit 1", row -> row.getString(1), orgId, groupId,
                Date.valueOf(day));
        return new Hierarchy(branch, officer);
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The first row's answer, or null when there is none. */
    private <T> T query(String sql, Row<T> read, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? read.read(row) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("approval facts query failed", e);
        }
    }
}
