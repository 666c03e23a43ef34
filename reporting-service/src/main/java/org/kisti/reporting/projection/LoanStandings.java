package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.kisti.reporting.projection.LoanStanding.Facts;
import org.kisti.reporting.projection.LoanStanding.Installment;
import org.kisti.reporting.projection.LoanStanding.Repayment;
import org.kisti.reporting.projection.LoanStanding.Span;
import org.kisti.reporting.projection.LoanStanding.Split;

/**
 * Keeps {@code loan_standing} (the spans of {@link LoanStanding}) equal to what the loans' facts say. A loan whose
 * facts changed is marked in {@code loan_standing_due} in the same transaction; the live consumer then derives it at
 * once, in that transaction, so a committed fact never has stale standing beside it. Marks left for later (a
 * migration's, a rebuild's replay, a bulk load's) are derived in batches by {@link #drain}, on a schedule and before a
 * rebuild's switch; meanwhile the organisation's report answers 503 rather than figures without them.
 */
@ApplicationScoped
public class LoanStandings {

    private static final Logger LOG = Logger.getLogger(LoanStandings.class);
    private static final int BATCH = 500;

    /**
     * Marks a loan due; if a drain holds its mark, waits for that drain to end (an update, not "do nothing", takes the
     * row's lock), so what the drain derived from older facts is replaced here, never the other way round.
     */
    static final String MARK = "insert into loan_standing_due (loan_id) values (?1)"
            + " on conflict (loan_id) do update set loan_id = excluded.loan_id";

    // The loads, by loan; "= any(?)" takes a batch's ids as one array (JDBC), one loan's id on the live path.
    private static final String LOANS = "select loan_id, principal, disbursed_on, written_off_on from loan"
            + " where loan_id = any(?)";
    private static final String INSTALLMENTS = "select loan_id, version_from, number, due_date, amount"
            + " from loan_installment where loan_id = any(?)";
    private static final String SPLITS = "select loan_id, number, amount, paid_on, payment_id like 'rebate:%'"
            + " from loan_split where loan_id = any(?)";
    private static final String REPAYMENTS = "select loan_id, paid_on, principal_paid, interest_paid + fee_paid"
            + " from loan_repayment where loan_id = any(?)";
    private static final String DELETE = "delete from loan_standing where loan_id = any(?)";
    private static final String UNMARK = "delete from loan_standing_due where loan_id = any(?)";
    private static final String INSERT = "insert into loan_standing (loan_id, valid_from, valid_until, outstanding,"
            + " overdue, oldest_unpaid, recovery_due, recovery_paid, on_time_paid, interest_paid) values ";
    private static final int COLUMNS = 10;
    private static final int ROWS_PER_INSERT = 1_000;

    private final DataSource dataSource;

    public LoanStandings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The live path: marks the loan and derives its standing in the event's own transaction. */
    static Uni<Void> derive(String loanId) {
        return Statements.execute(MARK, loanId)
                .chain(() -> Panache.getSession())
                .chain(session -> {
                    Map<String, Builder> facts = new HashMap<>();
                    return live(session, LOANS, loanId).invoke(rows -> rows.forEach(row -> loan(facts, row)))
                            .chain(() -> live(session, INSTALLMENTS, loanId))
                            .invoke(rows -> rows.forEach(row -> installment(facts, row)))
                            .chain(() -> live(session, SPLITS, loanId))
                            .invoke(rows -> rows.forEach(row -> split(facts, row)))
                            .chain(() -> live(session, REPAYMENTS, loanId))
                            .invoke(rows -> rows.forEach(row -> repayment(facts, row)))
                            .replaceWith(facts);
                })
                .chain(facts -> Statements.execute(one(DELETE), loanId)
                        .chain(() -> {
                            List<Object> values = values(loanId, spans(facts, loanId));
                            return values.isEmpty() ? Uni.createFrom().voidItem()
                                    : Statements.execute(insert(values.size() / COLUMNS, true), values.toArray());
                        })
                        .chain(() -> Statements.execute(one(UNMARK), loanId)));
    }

    /** Marks a loan due without deriving it (a rebuild's replay: derived in batches before the switch). */
    static Uni<Void> mark(String loanId) {
        return Statements.execute(MARK, loanId);
    }

    @Scheduled(every = "${kisti.projection.standing-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainMarked() {
        try {
            drain(null);
        } catch (SQLException e) {
            LOG.warnf("cannot derive the marked loans' standing now: %s", e.getMessage());
        }
    }

    /**
     * Derives every marked loan, a batch per transaction; marks another transaction holds are skipped (that one
     * derives them).
     *
     * @param schema a schema this service chose (a rebuild's), or null for the current one
     * @return how many loans were derived
     */
    public long drain(String schema) throws SQLException {
        long derived = 0;
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                if (schema != null) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set local search_path to " + schema);
                    }
                }
                List<String> loans = new ArrayList<>();
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                        "select loan_id from loan_standing_due limit " + BATCH + " for update skip locked")) {
                    while (rows.next()) {
                        loans.add(rows.getString(1));
                    }
                }
                if (loans.isEmpty()) {
                    connection.commit();
                    return derived;
                }
                derive(connection, loans);
                connection.commit();
                derived += loans.size();
            }
        }
    }

    private static void derive(Connection connection, List<String> loans) throws SQLException {
        java.sql.Array ids = connection.createArrayOf("varchar", loans.toArray());
        Map<String, Builder> facts = new HashMap<>();
        batch(connection, LOANS, ids, row -> loan(facts, row));
        batch(connection, INSTALLMENTS, ids, row -> installment(facts, row));
        batch(connection, SPLITS, ids, row -> split(facts, row));
        batch(connection, REPAYMENTS, ids, row -> repayment(facts, row));
        update(connection, DELETE, ids);
        List<Object> values = new ArrayList<>();
        for (String loan : loans) {
            values.addAll(values(loan, spans(facts, loan)));
        }
        // Multi-row statements of up to ROWS_PER_INSERT spans: one round trip each, not one per span.
        for (int start = 0; start < values.size(); start += ROWS_PER_INSERT * COLUMNS) {
            List<Object> chunk = values.subList(start, Math.min(values.size(), start + ROWS_PER_INSERT * COLUMNS));
            try (PreparedStatement insert = connection.prepareStatement(insert(chunk.size() / COLUMNS, false))) {
                for (int i = 0; i < chunk.size(); i++) {
                    Object value = chunk.get(i);
                    if (value == null) {
                        insert.setNull(i + 1, java.sql.Types.DATE); // the only nullable columns are dates
                    } else {
                        insert.setObject(i + 1, value instanceof LocalDate date ? Date.valueOf(date) : value);
                    }
                }
                insert.executeUpdate();
            }
        }
        update(connection, UNMARK, ids);
    }

    private interface RowConsumer {
        void accept(Object[] row);
    }

    private static void batch(Connection connection, String sql, java.sql.Array ids, RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object value = rows.getObject(i + 1);
                        row[i] = value instanceof Date date ? date.toLocalDate() : value;
                    }
                    consumer.accept(row);
                }
            }
        }
    }

    private static void update(Connection connection, String sql, java.sql.Array ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, ids);
            statement.executeUpdate();
        }
    }

    private static Uni<List<Object[]>> live(org.hibernate.reactive.mutiny.Mutiny.Session session, String sql,
            String loanId) {
        return session.createNativeQuery(one(sql), Object[].class).setParameter(1, loanId).getResultList();
    }

    /** A batch's load for one loan: {@code = ?1} instead of an array. */
    private static String one(String sql) {
        return sql.replace("= any(?)", "= ?1");
    }

    /** One statement inserting {@code rows} spans; placeholders numbered ({@code ?1}) for the reactive session. */
    private static String insert(int rows, boolean numbered) {
        StringBuilder sql = new StringBuilder(INSERT);
        int parameter = 0;
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < COLUMNS; column++) {
                sql.append(column == 0 ? "?" : ", ?").append(numbered ? Integer.toString(++parameter) : "");
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /** The loan's spans, none if the projection has not seen its disbursement. */
    private static List<Span> spans(Map<String, Builder> facts, String loanId) {
        Builder loan = facts.get(loanId);
        Facts known = loan == null ? null : loan.facts();
        return known == null ? List.of() : LoanStanding.timeline(known);
    }

    /** The spans' column values, {@value #COLUMNS} per span, in {@link #INSERT}'s order. */
    private static List<Object> values(String loanId, List<Span> spans) {
        List<Object> values = new ArrayList<>();
        for (Span span : spans) {
            values.addAll(java.util.Arrays.asList(loanId, span.from(), span.until(), span.outstanding(),
                    span.overdue(), span.oldestUnpaid(), span.recoveryDue(), span.recoveryPaid(), span.onTimePaid(),
                    span.interestPaid()));
        }
        return values;
    }

    private static void loan(Map<String, Builder> facts, Object[] row) {
        Builder loan = facts.computeIfAbsent((String) row[0], id -> new Builder());
        loan.principal = (BigDecimal) row[1];
        loan.disbursedOn = (LocalDate) row[2];
        loan.writtenOffOn = (LocalDate) row[3];
    }

    private static void installment(Map<String, Builder> facts, Object[] row) {
        facts.computeIfAbsent((String) row[0], id -> new Builder()).installments.add(new Installment(
                (LocalDate) row[1], ((Number) row[2]).intValue(), (LocalDate) row[3], (BigDecimal) row[4]));
    }

    private static void split(Map<String, Builder> facts, Object[] row) {
        facts.computeIfAbsent((String) row[0], id -> new Builder()).splits.add(new Split(
                ((Number) row[1]).intValue(), (BigDecimal) row[2], (LocalDate) row[3], (Boolean) row[4]));
    }

    private static void repayment(Map<String, Builder> facts, Object[] row) {
        facts.computeIfAbsent((String) row[0], id -> new Builder()).repayments.add(new Repayment(
                (LocalDate) row[1], (BigDecimal) row[2], (BigDecimal) row[3]));
    }

    /** One loan's facts as they are read; a loan without its disbursement has no standing yet. */
    private static final class Builder {
        BigDecimal principal;
        LocalDate disbursedOn;
        LocalDate writtenOffOn;
        final List<Installment> installments = new ArrayList<>();
        final List<Split> splits = new ArrayList<>();
        final List<Repayment> repayments = new ArrayList<>();

        Facts facts() {
            return disbursedOn == null ? null
                    : new Facts(principal, disbursedOn, writtenOffOn, installments, splits, repayments);
        }
    }
}
