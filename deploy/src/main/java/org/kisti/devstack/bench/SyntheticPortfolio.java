package org.kisti.devstack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Rows of the reporting projection for a synthetic organisation, generated in SQL: what the projection would hold
 * after applying that organisation's events, written at the speed of {@code insert ... select generate_series}.
 * Deterministic: the same loan number always gets the same dates, payments and fate.
 */
final class SyntheticPortfolio {

    private static final int BRANCHES = 20;
    private static final int GROUPS = 2_000;
    private static final int INSTALMENTS = 40;
    private final Connection db;
    private final String org;

    SyntheticPortfolio(Connection db, String org) {
        this.db = db;
        this.org = org;
    }

    void structure() throws Exception {
        run("insert into branch select 'br-' || b, ?, 'B' || b, 'Branch ' || b from generate_series(1, " + BRANCHES
                + ") b");
        run("insert into org_group select 'g-' || g, ?, 'br-' || (g % " + BRANCHES + " + 1), 'Group ' || g,"
                + " date '2023-01-02' from generate_series(1, " + GROUPS + ") g");
        run("insert into group_officer select 'g-' || g, date '2023-01-02', 'o-' || (g % 100 + 1)"
                + " from generate_series(1, " + GROUPS + ") g where ? is not null");
    }

    /** Loans {@code first..last}, each with its borrower, schedule and the payments made by the bench's today. */
    void loans(int first, int last) throws Exception {
        String range = " from generate_series(" + first + ", " + last + ") i";
        String disbursed = "(date '2024-06-03' + (i % 880))";
        run("insert into member (member_id, org_id, group_id, enrolled_on) select 'm-' || i, ?, 'g-' || (i % " + GROUPS
                + " + 1), date '2024-01-01'" + range);
        run("insert into member_group select 'm-' || i, date '2024-01-01', 'g-' || (i % " + GROUPS + " + 1)" + range
                + " where ? is not null");
        run("insert into loan (loan_id, org_id, member_id, principal, currency, disbursed_on, product_id, fund_id,"
                + " funder_id, purpose) select 'l-' || i, ?, 'm-' || i, 10000.00, 'BDT', " + disbursed
                + ", 'p-' || (i % 3), 'f-' || (i % 4), 'pksf', 'TRADE'" + range);
        run("insert into loan_installment select 'l-' || i, " + disbursed + ", n, " + disbursed
                + " + 7 * n, 275.00" + range + ", generate_series(1, " + INSTALMENTS + ") n where ? is not null");
        // Of every 20 instalments: one missed, one paid 10 days late, the rest on the day; none after today.
        String paidOn = "(" + disbursed + " + 7 * n + case when (i * 31 + n * 7) % 20 = 1 then 10 else 0 end)";
        String paid = range + ", generate_series(1, " + INSTALMENTS + ") n where (i * 31 + n * 7) % 20 <> 0 and "
                + paidOn + " <= date '2026-11-23' and i % 200 <> 0";
        run("insert into loan_repayment select 'p-' || i || '-' || n, 'l-' || i, ?, 250.00, 25.00, 0.00, 'BDT', "
                + paidOn + paid);
        run("insert into loan_split select 'p-' || i || '-' || n, 'l-' || i, n, 275.00, " + paidOn + paid
                + " and ? is not null");
        // One loan in 200 stops paying and is written off 500 days after disbursement.
        run("update loan set written_off_on = disbursed_on + 500, principal_written_off = 10000.00"
                + " where org_id = ? and substr(loan_id, 3)::int between " + first + " and " + last
                + " and substr(loan_id, 3)::int % 200 = 0 and disbursed_on + 500 <= date '2026-11-23'");
        // The service derives each loan's standing from these rows (LoanStandings), as it would after an upgrade.
        run("insert into loan_standing_due select loan_id from loan where org_id = ? and substr(loan_id, 3)::int"
                + " between " + first + " and " + last);
        try (Statement statement = db.createStatement()) {
            statement.execute("analyze");
        }
    }

    /** Waits until the service has derived every marked loan's standing; how many spans it wrote. */
    long awaitStanding() throws Exception {
        while (true) {
            try (Statement statement = db.createStatement(); ResultSet due = statement.executeQuery(
                    "select (select count(*) from loan_standing_due), (select count(*) from loan_standing)")) {
                due.next();
                long waiting = due.getLong(1);
                long spans = due.getLong(2);
                if (waiting == 0) {
                    // As autovacuum would after the bulk insert: statistics, and the visibility map that lets the
                    // report read the spans from their index alone.
                    statement.execute("vacuum analyze loan_standing");
                    return spans;
                }
            }
            Thread.sleep(500);
        }
    }

    long rows() throws Exception {
        try (Statement statement = db.createStatement(); ResultSet count = statement.executeQuery("""
                select (select count(*) from loan_installment) + (select count(*) from loan_split)
                       + (select count(*) from loan_repayment) + (select count(*) from loan)""")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** One statement with the organisation as its only parameter (some use it only to be uniform). */
    private void run(String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, org);
            statement.executeUpdate();
        }
    }
}
