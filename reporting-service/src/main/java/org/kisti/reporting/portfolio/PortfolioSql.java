package org.kisti.reporting.portfolio;

/**
 * The figures' queries over the projection, each to follow {@link Attribution#ctes}: every fact row carries its
 * business date, so "as of D" is a filter on {@code date <= D}, and every query returns its sums by
 * {@code (key, currency)}, summed in the database, so an organisation of many thousands of loans costs a few aggregate
 * queries rather than a load of rows.
 */
final class PortfolioSql {

    private PortfolioSql() {}

    static final String MEMBERS = """
            select mk.key, count(*) from member m join member_key mk on mk.member_id = m.member_id
            where m.enrolled_on <= :asOf and (m.exit_date is null or m.exit_date > :asOf)
            group by mk.key""";

    static String savings(String fallbackKey) {
        return """
                select coalesce(ak.key, %s), sm.currency, sum(sm.amount)
                from savings_movement sm left join account_key ak on ak.account_id = sm.account_id
                where sm.org_id = :orgId and sm.moved_on <= :asOf
                group by 1, 2""".formatted(fallbackKey);
    }

    /**
     * Each loan in scope disbursed by {@code :on}, with its principal still owed that day (none once written off).
     * Attribution stays as of {@code :asOf} whatever the day, so a row's outstanding at two dates is the same loans'.
     */
    private static String loanAt(String on) {
        return """
                , loan_at as (
                    select l.loan_id, lk.key, l.member_id, l.currency, l.principal, l.disbursed_on, l.written_off_on,
                           l.principal_written_off, l.rescheduled,
                           -- Written off by the day: nothing outstanding, even if a payment was dated after a
                           -- back-dated write-off (what it wrote off was what was owed when it was recorded).
                           case when l.written_off_on <= :on then 0
                                else l.principal - coalesce(p.paid, 0) end as outstanding
                    from loan l join loan_key lk on lk.loan_id = l.loan_id
                    left join (select r.loan_id, sum(r.principal_paid) as paid from loan_repayment r
                               where r.org_id = :orgId and r.paid_on <= :on group by r.loan_id) p
                           on p.loan_id = l.loan_id
                    where l.disbursed_on <= :on)
                """.replace(":on", on);
    }

    /** Each loan in scope disbursed by the date, without its balance (what the recovery rates need: no repayments). */
    private static final String LOANS_DISBURSED = """
            , loan_at as (
                select l.loan_id, lk.key, l.currency, l.written_off_on, l.rescheduled
                from loan l join loan_key lk on lk.loan_id = l.loan_id
                where l.disbursed_on <= :asOf)
            """;

    /** Count and principal disbursed (ever and in the period), outstanding, written off in the period. */
    static final String LOANS = loanAt(":asOf") + """
            select key, currency, count(*), sum(principal),
                   count(*) filter (where disbursed_on >= :from),
                   coalesce(sum(principal) filter (where disbursed_on >= :from), 0),
                   sum(outstanding),
                   coalesce(sum(principal_written_off) filter (where written_off_on between :from and :asOf), 0)
            from loan_at group by key, currency""";

    /** The outstanding at the end of the day before the period, for the mean the period's ratios are over. */
    static final String OUTSTANDING_BEFORE = loanAt(":before") + """
            select key, currency, sum(outstanding) from loan_at group by key, currency""";

    // Distinct across currencies: a member with a BDT and an INR loan is one borrower. Only a member the projection
    // knows, enrolled by the date, counts: a loan naming anyone else is a fact about no borrower the funder can see.
    static final String BORROWERS = loanAt(":asOf") + """
            select la.key, count(distinct la.member_id) from loan_at la
            join member m on m.member_id = la.member_id and m.org_id = :orgId and m.enrolled_on <= :asOf
            where la.outstanding > 0 group by la.key""";

    /**
     * The rescheduled open loans (disbursed, not written off by the date, owing principal or overdue) by days in
     * arrears, matching each instalment of the schedule in force on the date with its splits: from the
     * oldest instalment due before the date with an unpaid part, on the schedule in force that day, counting the
     * recorded splits of payments made by then.
     */
    static final String ARREARS_RESCHEDULED = loanAt(":asOf") + """
            , live as (select * from loan_at where rescheduled
                       and (written_off_on is null or written_off_on > :asOf))
            , version as (
                select i.loan_id, max(i.version_from) as version_from
                from loan_installment i join live on live.loan_id = i.loan_id
                where i.version_from <= :asOf group by i.loan_id)
            , paid as (
                select s.loan_id, s.number, sum(s.amount) as amount
                from loan_split s join live on live.loan_id = s.loan_id
                where s.paid_on <= :asOf group by s.loan_id, s.number)
            , unpaid as (
                select i.loan_id, i.due_date, i.amount - coalesce(p.amount, 0) as amount
                from loan_installment i
                join version v on v.loan_id = i.loan_id and v.version_from = i.version_from
                left join paid p on p.loan_id = i.loan_id and p.number = i.number
                where i.due_date < :asOf)
            , late as (
                select loan_id, cast(:asOf as date) - min(due_date) as days, sum(amount) as overdue
                from unpaid where amount > 0 group by loan_id)
            select live.key, live.currency, coalesce(late.days, 0), count(*), sum(live.outstanding),
                   coalesce(sum(late.overdue), 0)
            from live left join late on late.loan_id = live.loan_id
            where live.outstanding > 0 or late.overdue > 0
            group by 1, 2, 3""";

    /**
     * On-time and cumulative recovery of the rescheduled loans: the instalments due by the date on the schedule in
     * force that day (those of a written-off loan due after its write-off left out), what each had due (less what a settlement rebated), and
     * what was paid towards it by its due date and by the date. Splits are the loan's own allocation (fee, interest,
     * principal, in due-date order), so a payment in advance counts for the instalment it went to, when that falls due.
     */
    static final String RECOVERY_RESCHEDULED = LOANS_DISBURSED + """
            , rescheduled as (select * from loan_at where rescheduled)
            , version as (
                select i.loan_id, max(i.version_from) as version_from
                from loan_installment i join rescheduled la on la.loan_id = i.loan_id
                where i.version_from <= :asOf group by i.loan_id)
            , due as (
                select la.key, la.currency, i.loan_id, i.number, i.due_date, i.amount
                from loan_installment i
                join version v on v.loan_id = i.loan_id and v.version_from = i.version_from
                join rescheduled la on la.loan_id = i.loan_id
                where i.due_date <= :asOf and (la.written_off_on is null or i.due_date <= la.written_off_on))
            , split as (
                select s.loan_id, s.number, s.payment_id like 'rebate:%' as rebate, s.amount, s.paid_on
                from loan_split s join rescheduled la on la.loan_id = s.loan_id
                where s.paid_on <= :asOf)
            , owed as (
                select d.key, d.currency, d.due_date, d.amount,
                       coalesce(sum(s.amount) filter (where s.rebate), 0) as rebated,
                       coalesce(sum(s.amount) filter (where not s.rebate and s.paid_on <= d.due_date), 0) as on_time,
                       coalesce(sum(s.amount) filter (where not s.rebate), 0) as paid
                from due d left join split s on s.loan_id = d.loan_id and s.number = d.number
                group by d.key, d.currency, d.loan_id, d.number, d.due_date, d.amount)
            select key, currency,
                   coalesce(sum(amount - rebated) filter (where due_date >= :from), 0),
                   coalesce(sum(on_time) filter (where due_date >= :from), 0),
                   sum(amount - rebated), sum(paid)
            from owed group by key, currency""";

    /**
     * The open loans by days in arrears, as {@link #ARREARS_RESCHEDULED} for a loan never rescheduled, in three flat
     * passes instead of joining every split to its instalment: what was due before the date less what was paid
     * towards it by then is the overdue (a split never exceeds its instalment), and only for loans owing something
     * are instalments and splits matched to find the oldest unpaid one.
     */
    static final String ARREARS = loanAt(":asOf") + """
            , live as (select * from loan_at where not rescheduled
                       and (written_off_on is null or written_off_on > :asOf))
            , due_before as (
                select i.loan_id, sum(i.amount) as amount
                from loan_installment i join live on live.loan_id = i.loan_id
                where i.due_date < :asOf group by i.loan_id)
            , paid_before as (
                select s.loan_id, sum(s.amount) as amount
                from loan_split s join live on live.loan_id = s.loan_id
                where s.paid_on <= :asOf and s.due_date < :asOf group by s.loan_id)
            , owing as (
                select d.loan_id, d.amount - coalesce(p.amount, 0) as overdue
                from due_before d left join paid_before p on p.loan_id = d.loan_id
                where d.amount - coalesce(p.amount, 0) > 0)
            , paid_each as (
                select s.loan_id, s.number, sum(s.amount) as amount
                from loan_split s join owing o on o.loan_id = s.loan_id
                where s.paid_on <= :asOf group by s.loan_id, s.number)
            , late as (
                select i.loan_id, cast(:asOf as date) - min(i.due_date) as days
                from loan_installment i join owing o on o.loan_id = i.loan_id
                left join paid_each p on p.loan_id = i.loan_id and p.number = i.number
                where i.due_date < :asOf and i.amount > coalesce(p.amount, 0) group by i.loan_id)
            select live.key, live.currency, coalesce(late.days, 0), count(*), sum(live.outstanding),
                   coalesce(sum(owing.overdue), 0)
            from live left join owing on owing.loan_id = live.loan_id left join late on late.loan_id = live.loan_id
            where live.outstanding > 0 or owing.overdue > 0
            group by 1, 2, 3""";

    /**
     * On-time and cumulative recovery, as {@link #RECOVERY_RESCHEDULED} for a loan never rescheduled, without joining
     * splits to instalments: each split carries its instalment's due date (one schedule, so one date), so what was due
     * and what was paid towards it are two flat sums.
     */
    static final String RECOVERY = LOANS_DISBURSED + """
            , plain as (select * from loan_at where not rescheduled)
            , owed as (
                select la.key, la.currency, sum(i.amount) filter (where i.due_date >= :from) as otr_due,
                       sum(i.amount) as crr_due
                from loan_installment i join plain la on la.loan_id = i.loan_id
                where i.due_date <= :asOf and (la.written_off_on is null or i.due_date <= la.written_off_on)
                group by 1, 2)
            , paid as (
                select la.key, la.currency,
                       sum(s.amount) filter (where s.payment_id like 'rebate:%' and s.due_date >= :from) as otr_rebated,
                       sum(s.amount) filter (where s.payment_id like 'rebate:%') as rebated,
                       sum(s.amount) filter (where s.payment_id not like 'rebate:%' and s.paid_on <= s.due_date
                                             and s.due_date >= :from) as on_time,
                       sum(s.amount) filter (where s.payment_id not like 'rebate:%') as paid
                from loan_split s join plain la on la.loan_id = s.loan_id
                where s.paid_on <= :asOf and s.due_date <= :asOf
                  and (la.written_off_on is null or s.due_date <= la.written_off_on)
                group by 1, 2)
            select o.key, o.currency,
                   coalesce(o.otr_due, 0) - coalesce(p.otr_rebated, 0), coalesce(p.on_time, 0),
                   o.crr_due - coalesce(p.rebated, 0), coalesce(p.paid, 0)
            from owed o left join paid p on p.key = o.key and p.currency = o.currency""";

    /** The interest and fee parts of repayments dated in the period (no upfront charge, no recovery). */
    static final String INTEREST_AND_FEES = """
            select lk.key, r.currency, sum(r.interest_paid + r.fee_paid)
            from loan_repayment r join loan_key lk on lk.loan_id = r.loan_id
            where r.org_id = :orgId and r.paid_on between :from and :asOf
            group by 1, 2""";

    /** Money recovered on loans written off, in the period: income, apart from repayments. */
    static final String RECOVERIES = """
            select lk.key, c.currency, sum(c.amount)
            from loan_recovery c join loan_key lk on lk.loan_id = c.loan_id
            where c.org_id = :orgId and c.recovered_on between :from and :asOf
            group by 1, 2""";

    static final String PROVENANCE = """
            select topic, kafka_partition, next_offset from applied_offset order by topic, kafka_partition""";
}
