package org.kisti.reporting.portfolio;

import java.util.List;

/**
 * The figures' queries over the projection, run as one statement after {@link Attribution#ctes}: each figure is a
 * {@code select} of the same columns, {@code (figure, key, currency, days, n1 .. n12)}, joined by {@code union all},
 * so the attribution and each loan's standing on the date are computed once per report, and an organisation of many
 * thousands of loans costs one statement that returns sums by key, not a load of rows.
 *
 * <p>Each loan's standing on a day is one span of {@code loan_standing}, kept by the projection from the loan's facts
 * (LoanStanding): its outstanding, overdue, oldest unpaid due date, cumulative and on-time recovery. Only the on-time
 * recovery of the few loans rescheduled or settled with a rebate reads instalments and payment splits.
 */
final class PortfolioSql {

    private PortfolioSql() {}

    /** The figures' names, the first column of each figure's rows. */
    enum Figure { LOANS, ARREARS, OTR, RECOVERIES, BORROWERS, MEMBERS, SAVINGS }

    /**
     * Each loan in scope disbursed by the report date with its standing that day and at the end of the day before the
     * period (zeros if disbursed since). Referenced by several figures, so the database computes it once; the day
     * before's spans are read apart and joined by loan, not looked up loan by loan.
     */
    private static final String STANDING = """
            , standing_before as materialized (
                select s.loan_id, s.outstanding, s.recovery_due, s.on_time_paid, s.interest_paid from loan_standing s
                where s.valid @> cast(:before as date))
            , standing as (
                select l.key, l.loan_id, l.member_id, l.borrower_enrolled_on, l.currency, l.principal, l.disbursed_on,
                       l.written_off_on,
                       l.principal_written_off, l.rescheduled or l.rebated as otr_by_instalment, s.outstanding,
                       s.overdue, s.oldest_unpaid, s.recovery_due, s.recovery_paid, s.on_time_paid, s.interest_paid,
                       coalesce(b.outstanding, 0) as outstanding_before,
                       coalesce(b.recovery_due, 0) as recovery_due_before,
                       coalesce(b.on_time_paid, 0) as on_time_paid_before,
                       coalesce(b.interest_paid, 0) as interest_paid_before
                from loan_standing s join loan_key l on l.loan_id = s.loan_id
                left join standing_before b on b.loan_id = s.loan_id
                where s.valid @> cast(:asOf as date))
            """;

    /**
     * Per key and currency, in one pass over the loans: count and principal disbursed (ever and in the period),
     * outstanding, written off in the period, and the outstanding at the end of the day before the period (for the
     * mean the period's ratios are over); cumulative recovery (what the instalments due by the date had due, what was
     * paid towards them by then); on-time recovery of the period for a loan with one schedule and no rebate (of the
     * instalments due in the period, what they had due and what was paid by each one's due date); the interest and
     * fee parts of repayments dated in the period (no upfront charge, no recovery). The period's figures are
     * differences of the standing at the date and at the end of the day before the period.
     */
    private static final String LOANS = """
            select 'LOANS', key, currency, cast(null as integer), count(*), sum(principal),
                   count(*) filter (where disbursed_on >= :from),
                   coalesce(sum(principal) filter (where disbursed_on >= :from), 0), sum(outstanding),
                   coalesce(sum(principal_written_off) filter (where written_off_on between :from and :asOf), 0),
                   sum(outstanding_before), sum(recovery_due), sum(recovery_paid),
                   coalesce(sum(recovery_due - recovery_due_before) filter (where not otr_by_instalment), 0),
                   coalesce(sum(on_time_paid - on_time_paid_before) filter (where not otr_by_instalment), 0),
                   sum(interest_paid - interest_paid_before)
            from standing group by key, currency""";

    /** The open loans (owing principal or overdue) by days in arrears: count, outstanding, overdue. */
    private static final String ARREARS = """
            select 'ARREARS', key, currency, coalesce(cast(:asOf as date) - oldest_unpaid, 0), count(*),
                   sum(outstanding), sum(overdue), null, null, null, null, null, null, null, null, null
            from standing where outstanding > 0 or overdue > 0
            group by 2, 3, 4"""; // by position: each use of :asOf is a parameter of its own to the database

    /**
     * On-time recovery of the period for the few loans rescheduled or settled with a rebate: the instalments due in
     * it on the schedule in force on the date (those of a written-off loan due after its write-off left out), what
     * each had due less what a settlement rebated by the date, and what was paid towards it by its due date.
     */
    private static final String OTR = """
            select 'OTR', key, currency, null, sum(amount - rebated), sum(on_time), null, null, null, null, null, null,
                   null, null, null, null
            from (
                select st.key, st.currency, i.amount,
                       coalesce(sum(s.amount) filter (where s.payment_id like 'rebate:%'), 0) as rebated,
                       coalesce(sum(s.amount) filter (where s.payment_id not like 'rebate:%'
                                                      and s.paid_on <= i.due_date), 0) as on_time
                from standing st
                -- lateral: read loan by loan, only for these few loans, never a scan of every instalment
                cross join lateral (
                    select i.loan_id, i.version_from, i.number, i.due_date, i.amount from loan_installment i
                    where i.loan_id = st.loan_id and i.due_date between :from and :asOf
                      and (st.written_off_on is null or i.due_date <= st.written_off_on)
                      and i.version_from = (select max(v.version_from) from loan_installment v
                                            where v.loan_id = st.loan_id and v.version_from <= :asOf)
                    offset 0) i -- kept a subquery per loan: never flattened into a join over every instalment
                left join loan_split s on s.loan_id = i.loan_id and s.number = i.number and s.paid_on <= :asOf
                where st.otr_by_instalment
                group by st.key, st.currency, i.loan_id, i.version_from, i.number, i.amount) owed
            group by key, currency""";

    /** Money recovered on loans written off, in the period: income, apart from repayments. */
    private static final String RECOVERIES = """
            select 'RECOVERIES', st.key, c.currency, null, sum(c.amount), null, null, null, null, null, null, null,
                   null, null, null, null
            from loan_recovery c join standing st on st.loan_id = c.loan_id
            where c.org_id = :orgId and c.recovered_on between :from and :asOf
            group by st.key, c.currency""";

    // Distinct across currencies: a member with a BDT and an INR loan is one borrower. Only a member the projection
    // knows, enrolled by the date, counts: a loan naming anyone else is a fact about no borrower the funder can see.
    private static final String BORROWERS = """
            select 'BORROWERS', key, null, null, count(*), null, null, null, null, null, null, null, null, null,
                   null, null
            from (select distinct key, member_id from standing
                  where outstanding > 0 and borrower_enrolled_on <= :asOf) borrower
            group by key""";

    private static final String MEMBERS = """
            select 'MEMBERS', mk.key, null, null, count(*), null, null, null, null, null, null, null, null, null,
                   null, null
            from member m join member_key mk on mk.member_id = m.member_id
            where m.enrolled_on <= :asOf and (m.exit_date is null or m.exit_date > :asOf)
            group by mk.key""";

    private static String savings(String fallbackKey) {
        return """
                select 'SAVINGS', coalesce(ak.key, %s), sm.currency, null, sum(sm.amount), null, null, null, null,
                       null, null, null, null, null, null, null
                from savings_movement sm left join account_key ak on ak.account_id = sm.account_id
                where sm.org_id = :orgId and sm.moved_on <= :asOf
                group by 1, 2, 3""".formatted(fallbackKey);
    }

    /** The loans' figures, and with them the members' if the roll-up has member rows. */
    static String loanFigures(GroupBy groupBy, boolean memberFigures, boolean wholeOrganisation) {
        List<String> figures = new java.util.ArrayList<>(List.of(LOANS, ARREARS, OTR, RECOVERIES));
        if (memberFigures) {
            figures.addAll(memberFigures(groupBy, wholeOrganisation));
        }
        return statement(groupBy, figures);
    }

    /** Only the members' figures (for a roll-up whose rows have none, counted for the organisation apart). */
    static String memberFiguresOnly(GroupBy groupBy, boolean wholeOrganisation) {
        return statement(groupBy, memberFigures(groupBy, wholeOrganisation));
    }

    // A funder sees the borrowers of its loans, not the organisation's members or savings.
    private static List<String> memberFigures(GroupBy groupBy, boolean wholeOrganisation) {
        return wholeOrganisation ? List.of(BORROWERS, MEMBERS, savings(Attribution.fallback(groupBy)))
                : List.of(BORROWERS);
    }

    private static String statement(GroupBy groupBy, List<String> figures) {
        return Attribution.ctes(groupBy) + STANDING + String.join("\nunion all\n", figures);
    }

    static final String PROVENANCE = """
            select topic, kafka_partition, next_offset from applied_offset order by topic, kafka_partition""";

    /** Loans of the organisation whose standing is still to be derived (after an upgrade or a bulk load). */
    static final String UNDERIVED = """
            select count(*) from loan_standing_due d join loan l on l.loan_id = d.loan_id where l.org_id = :orgId""";
}
