package org.kisti.reporting.portfolio;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.kisti.events.Money;
import org.kisti.reporting.portfolio.PortfolioView.LoansDisbursed;

/**
 * The figures as SQL over the projection: every fact row carries its business date, so "as of D" is a filter on
 * {@code date <= D} and any past date gives what a replay of the events up to D would. Summed in the database, per
 * currency, so an organisation with many thousands of loans costs a few aggregate queries, not a load of rows.
 */
@ApplicationScoped
public class PortfolioQueries {

    static final String ACTIVE_MEMBERS = """
            select count(*) from member where org_id = :orgId and enrolled_on <= :asOf
            and (exit_date is null or exit_date > :asOf)""";

    static final String SAVINGS_OUTSTANDING = """
            select currency, sum(amount) from savings_movement
            where org_id = :orgId and moved_on <= :asOf
            group by currency""";

    static final String LOANS_DISBURSED = """
            select currency, count(*), sum(principal) from loan
            where org_id = :orgId and disbursed_on <= :asOf
            group by currency""";

    /** Each loan disbursed by the date, with its principal still owed on that date (none once written off). */
    private static final String OUTSTANDING_PER_LOAN = """
            with outstanding as (
                select l.member_id, l.currency,
                       l.principal - coalesce((select sum(r.principal_paid) from loan_repayment r
                                               where r.loan_id = l.loan_id and r.paid_on <= :asOf), 0)
                       - case when l.written_off_on <= :asOf then l.principal_written_off else 0 end as amount
                from loan l
                where l.org_id = :orgId and l.disbursed_on <= :asOf)
            """;

    static final String LOAN_OUTSTANDING = OUTSTANDING_PER_LOAN + """
            select currency, sum(amount) from outstanding group by currency""";

    // Distinct across currencies: a member with a BDT and an INR loan is one borrower. Only a member the projection
    // knows, enrolled by the date, counts: a loan naming anyone else is a fact about no borrower the funder can see.
    static final String ACTIVE_BORROWERS = OUTSTANDING_PER_LOAN + """
            select count(distinct o.member_id) from outstanding o
            join member m on m.member_id = o.member_id and m.org_id = :orgId and m.enrolled_on <= :asOf
            where o.amount > 0""";

    /**
     * Each loan open on the date (disbursed, not written off by then), with its principal outstanding, its days in
     * arrears (from the oldest instalment due before the date with an unpaid part, on the schedule in force that
     * day, counting the recorded splits of payments made by then) and what is overdue.
     */
    static final String ARREARS_PER_LOAN = """
            with live as (
                select l.loan_id, l.currency,
                       l.principal - coalesce((select sum(r.principal_paid) from loan_repayment r
                                               where r.loan_id = l.loan_id and r.paid_on <= :asOf), 0) as outstanding,
                       (select max(v.version_from) from loan_installment v
                        where v.loan_id = l.loan_id and v.version_from <= :asOf) as version_from
                from loan l
                where l.org_id = :orgId and l.disbursed_on <= :asOf
                  and (l.written_off_on is null or l.written_off_on > :asOf)),
            unpaid as (
                select i.loan_id, i.due_date,
                       i.amount - coalesce((select sum(s.amount) from loan_split s where s.loan_id = i.loan_id
                                            and s.number = i.number and s.paid_on <= :asOf), 0) as amount
                from loan_installment i join live on live.loan_id = i.loan_id and i.version_from = live.version_from
                where i.due_date < :asOf)
            select live.currency, live.outstanding,
                   coalesce((select cast(:asOf as date) - min(u.due_date) from unpaid u
                             where u.loan_id = live.loan_id and u.amount > 0), 0) as days,
                   coalesce((select sum(u.amount) from unpaid u
                             where u.loan_id = live.loan_id and u.amount > 0), 0) as overdue
            from live""";

    /** Loans disbursed in [from, asOf]: count and principal per currency. */
    static final String DISBURSED_IN_PERIOD = """
            select currency, count(*), sum(principal) from loan
            where org_id = :orgId and disbursed_on between :from and :asOf
            group by currency""";

    /** Principal written off in [from, asOf], per currency. */
    static final String WRITTEN_OFF_IN_PERIOD = """
            select currency, sum(principal_written_off) from loan
            where org_id = :orgId and written_off_on between :from and :asOf
            group by currency""";

    /** Money recovered on loans written off, in [from, asOf], per currency: income, apart from repayments. */
    static final String RECOVERIES_IN_PERIOD = """
            select currency, sum(amount) from loan_recovery
            where org_id = :orgId and recovered_on between :from and :asOf
            group by currency""";

    public Uni<PortfolioView> portfolio(String orgId, LocalDate asOf, LocalDate from) {
        // One session, queries one after another: a reactive session runs one statement at a time.
        return Panache.withSession(() -> Panache.getSession().chain(session -> {
            Figures figures = new Figures();
            return count(session, ACTIVE_MEMBERS, orgId, asOf).invoke(n -> figures.activeMembers = n)
                    .chain(() -> count(session, ACTIVE_BORROWERS, orgId, asOf)).invoke(n -> figures.activeBorrowers = n)
                    .chain(() -> rows(session, SAVINGS_OUTSTANDING, orgId, asOf)).invoke(r -> figures.savings = r)
                    .chain(() -> rows(session, LOANS_DISBURSED, orgId, asOf)).invoke(r -> figures.disbursed = r)
                    .chain(() -> rows(session, LOAN_OUTSTANDING, orgId, asOf)).invoke(r -> figures.outstanding = r)
                    .chain(() -> rows(session, ARREARS_PER_LOAN, orgId, asOf)).invoke(r -> figures.arrears = r)
                    .chain(() -> rows(session, DISBURSED_IN_PERIOD, orgId, asOf, from))
                    .invoke(r -> figures.disbursedInPeriod = r)
                    .chain(() -> rows(session, WRITTEN_OFF_IN_PERIOD, orgId, asOf, from))
                    .invoke(r -> figures.writtenOff = r)
                    .chain(() -> rows(session, RECOVERIES_IN_PERIOD, orgId, asOf, from))
                    .invoke(r -> figures.recoveries = r)
                    .map(ignored -> figures.view(orgId, asOf, from));
        }));
    }

    private static Uni<Long> count(Mutiny.Session session, String sql, String orgId, LocalDate asOf) {
        // count() is a bigint in PostgreSQL, read as Long.
        return session.createNativeQuery(sql, Long.class)
                .setParameter("orgId", orgId).setParameter("asOf", asOf)
                .getSingleResult()
                .map(MoneyTotals::count);
    }

    private static Uni<List<Object[]>> rows(Mutiny.Session session, String sql, String orgId, LocalDate asOf) {
        return session.createNativeQuery(sql, Object[].class)
                .setParameter("orgId", orgId).setParameter("asOf", asOf)
                .getResultList();
    }

    private static Uni<List<Object[]>> rows(Mutiny.Session session, String sql, String orgId, LocalDate asOf,
            LocalDate from) {
        return session.createNativeQuery(sql, Object[].class)
                .setParameter("orgId", orgId).setParameter("asOf", asOf).setParameter("from", from)
                .getResultList();
    }

    /** Collects the query results in order; only ever touched by the one chain above. */
    private static final class Figures {
        long activeMembers;
        long activeBorrowers;
        List<Object[]> savings;
        List<Object[]> disbursed;
        List<Object[]> outstanding;
        List<Object[]> arrears;
        List<Object[]> disbursedInPeriod;
        List<Object[]> writtenOff;
        List<Object[]> recoveries;

        PortfolioView view(String orgId, LocalDate asOf, LocalDate from) {
            long loanCount = disbursed.stream().mapToLong(row -> MoneyTotals.count(row[1])).sum();
            List<Money> disbursedAmounts = MoneyTotals.of(disbursed, 2);
            List<Money> loanOutstanding = MoneyTotals.of(outstanding, 1);
            PortfolioAtRisk atRisk = PortfolioAtRisk.of(arrears, loanOutstanding);
            long inPeriod = disbursedInPeriod.stream().mapToLong(row -> MoneyTotals.count(row[1])).sum();
            return new PortfolioView(orgId, asOf, from, activeMembers, activeBorrowers, MoneyTotals.of(savings, 1),
                    new LoansDisbursed(loanCount, disbursedAmounts),
                    new LoansDisbursed(inPeriod, MoneyTotals.of(disbursedInPeriod, 2)), loanOutstanding,
                    atRisk.overdue(), atRisk.loansInArrears(), atRisk.par(), MoneyTotals.of(writtenOff, 1),
                    MoneyTotals.of(recoveries, 1));
        }
    }
}
