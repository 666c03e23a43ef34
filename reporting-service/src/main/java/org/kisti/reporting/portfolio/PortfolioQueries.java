package org.kisti.reporting.portfolio;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.kisti.platform.problem.ProblemException;
import org.kisti.reporting.classification.ClassificationPolicies;
import org.kisti.reporting.classification.ClassificationPolicy;
import org.kisti.reporting.portfolio.PortfolioView.Provenance;
import org.kisti.reporting.portfolio.PortfolioView.Row;

/**
 * Runs the figures' queries for one report in one read-only snapshot (repeatable read), so every figure and the
 * provenance describe the same applied records, and folds their sums into one tally per key.
 */
@ApplicationScoped
public class PortfolioQueries {

    private final ClassificationPolicies policies;
    private final Semaphore running;

    /**
     * @param concurrent how many reports may run at once: each holds a database connection for as long as it takes
     *     (seconds for a large organisation), and the projection's writers need the same pool
     */
    public PortfolioQueries(ClassificationPolicies policies,
            @ConfigProperty(name = "kisti.reporting.concurrent-reports", defaultValue = "4") int concurrent) {
        this.policies = policies;
        this.running = new Semaphore(concurrent);
    }

    /** What a report is asked for. */
    public record Request(String orgId, LocalDate asOf, LocalDate from, GroupBy groupBy, ReportScope scope) {}

    /** @throws ProblemException 503 with Retry-After while as many reports as allowed are running */
    public Uni<PortfolioView> portfolio(Request request) {
        if (!running.tryAcquire()) {
            throw ProblemException.about(503, "busy", "Reports busy", "request",
                    "as many reports as this service runs at once are being computed; retry shortly");
        }
        return report(request).eventually(() -> running.release());
    }

    private Uni<PortfolioView> report(Request request) {
        // One session, queries one after another: a reactive session runs one statement at a time.
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> {
            Report report = new Report(request);
            return session.createNativeMutationQuery("set transaction isolation level repeatable read, read only")
                    .executeUpdate()
                    // Compiling the one large statement costs more than the statement itself saves from it.
                    .chain(() -> session.createNativeMutationQuery("set local jit = off").executeUpdate())
                    // The attribution and the standing are held in memory for the statement's figures, not on disk.
                    .chain(() -> session.createNativeMutationQuery("set local work_mem = '64MB'").executeUpdate())
                    // Planned for this report's dates each time: a plan cached for other dates may scan far more.
                    .chain(() -> session.createNativeMutationQuery("set local plan_cache_mode = force_custom_plan")
                            .executeUpdate())
                    .chain(() -> underived(session, request.orgId()))
                    .chain(() -> report.run(session))
                    .chain(() -> policies.inForce(session, request.orgId(), request.asOf()))
                    .chain(policy -> provenance(session).map(provenance -> report.view(policy, provenance)));
        }));
    }

    /** Refuses (503) while loans of the organisation wait for their standing: figures without them would be wrong. */
    private static Uni<Void> underived(Mutiny.Session session, String orgId) {
        return session.createNativeQuery(PortfolioSql.UNDERIVED, Long.class).setParameter("orgId", orgId)
                .getSingleResult().invoke(waiting -> {
                    if (waiting > 0) {
                        throw ProblemException.about(503, "deriving", "Figures being derived", "request",
                                waiting + " loans' standing is being derived from their facts (after an upgrade or"
                                        + " a bulk load); retry shortly");
                    }
                }).replaceWithVoid();
    }

    private static Uni<List<Provenance>> provenance(Mutiny.Session session) {
        return session.createNativeQuery(PortfolioSql.PROVENANCE, Object[].class).getResultList()
                .map(rows -> rows.stream().map(row -> new Provenance((String) row[0], ((Number) row[1]).intValue(),
                        ((Number) row[2]).longValue())).toList());
    }

    /** One report's queries and the tallies they fill; touched by one chain only. */
    private static final class Report {
        private final Request request;
        private final boolean memberRows;
        private final Map<String, PortfolioTally> tallies = new TreeMap<>();
        private final Map<String, String> labels = new HashMap<>();
        private PortfolioTally organisationMembers;

        Report(Request request) {
            this.request = request;
            this.memberRows = request.groupBy().byMember() || request.groupBy().kind() == GroupBy.Kind.NONE;
        }

        Uni<Void> run(Mutiny.Session session) {
            GroupBy groupBy = request.groupBy();
            boolean whole = request.scope().wholeOrganisation();
            Uni<Void> chain = query(session, PortfolioSql.loanFigures(groupBy, memberRows, whole), tallies);
            if (!memberRows) {
                // Product, fund and purpose rows have no member figures; the organisation's are counted apart.
                organisationMembers = PortfolioTally.empty(whole, true);
                Map<String, PortfolioTally> organisation = new TreeMap<>();
                organisation.put("", organisationMembers);
                chain = chain.chain(() -> query(session, PortfolioSql.memberFiguresOnly(GroupBy.NONE, whole),
                        organisation));
            }
            String labelSql = Attribution.labels(groupBy);
            if (labelSql != null) {
                chain = chain.chain(() -> rows(session, labelSql).invoke(rows -> rows.forEach(row ->
                        labels.put((String) row[0], (String) row[1]))).replaceWithVoid());
            }
            return chain;
        }

        /** Folds one row of a figure, {@code (figure, key, currency, days, n1 .. n12)}, into its key's tally. */
        private static void fold(PortfolioTally tally, Object[] row) {
            String currency = (String) row[2];
            switch (PortfolioSql.Figure.valueOf((String) row[0])) {
                case LOANS:
                    tally.disbursedCount += count(row[4]);
                    PortfolioTally.add(tally.disbursed, currency, decimal(row[5]));
                    tally.disbursedInPeriodCount += count(row[6]);
                    if (count(row[6]) > 0) {
                        PortfolioTally.add(tally.disbursedInPeriod, currency, decimal(row[7]));
                    }
                    PortfolioTally.add(tally.outstanding, currency, decimal(row[8]));
                    if (decimal(row[9]).signum() != 0) {
                        PortfolioTally.add(tally.writtenOff, currency, decimal(row[9]));
                    }
                    PortfolioTally.add(tally.outstandingBefore, currency, decimal(row[10]));
                    PortfolioTally.add(tally.crrDue, currency, decimal(row[11]));
                    PortfolioTally.add(tally.crrPaid, currency, decimal(row[12]));
                    onTime(tally, currency, decimal(row[13]), decimal(row[14]));
                    if (decimal(row[15]).signum() != 0) {
                        PortfolioTally.add(tally.interestAndFees, currency, decimal(row[15]));
                    }
                    break;
                case ARREARS:
                    tally.arrears.add(new ArrearsBucket(currency, count(row[3]), count(row[4]), decimal(row[5]),
                            decimal(row[6])));
                    break;
                case OTR:
                    onTime(tally, currency, decimal(row[4]), decimal(row[5]));
                    break;
                case RECOVERIES:
                    PortfolioTally.add(tally.recoveries, currency, decimal(row[4]));
                    break;
                case BORROWERS:
                    tally.activeBorrowers = tally.activeBorrowers + count(row[4]);
                    break;
                case MEMBERS:
                    tally.activeMembers = tally.activeMembers + count(row[4]);
                    break;
                case SAVINGS:
                    PortfolioTally.add(tally.savings, currency, decimal(row[4]));
                    break;
                default:
                    throw new IllegalStateException("no fold for " + row[0]);
            }
        }

        /** A currency with nothing due in the period and nothing paid on time has no on-time rate (not a zero one). */
        private static void onTime(PortfolioTally tally, String currency, BigDecimal due, BigDecimal paid) {
            if (due.signum() != 0 || paid.signum() != 0) {
                PortfolioTally.add(tally.otrDue, currency, due);
                PortfolioTally.add(tally.otrPaid, currency, paid);
            }
        }

        private Uni<Void> query(Mutiny.Session session, String sql, Map<String, PortfolioTally> into) {
            boolean whole = request.scope().wholeOrganisation();
            return rows(session, sql).invoke(rows -> rows.forEach(row -> fold(into.computeIfAbsent(
                    (String) row[1], key -> PortfolioTally.empty(memberRows && whole, memberRows)), row)))
                    .replaceWithVoid();
        }

        private Uni<List<Object[]>> rows(Mutiny.Session session, String sql) {
            var query = session.createNativeQuery(sql, Object[].class);
            ReportScope scope = request.scope();
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("orgId", request.orgId());
            parameters.put("asOf", request.asOf());
            parameters.put("from", request.from());
            parameters.put("before", request.from().minusDays(1));
            parameters.put("level", request.groupBy().level());
            parameters.put("wholeOrganisation", scope.wholeOrganisation());
            // Never an empty list (in () is no SQL); a funder's list is never empty either (checked at the edge).
            parameters.put("funders", scope.wholeOrganisation() ? List.of("") : scope.funders());
            parameters.forEach((name, value) -> {
                if (sql.matches("(?s).*:" + name + "\\b.*")) {
                    query.setParameter(name, value);
                }
            });
            return query.getResultList();
        }

        PortfolioView view(ClassificationPolicy policy, List<Provenance> provenance) {
            boolean whole = request.scope().wholeOrganisation();
            PortfolioTally total = PortfolioTally.empty(memberRows && whole, memberRows);
            List<Row> rows = new ArrayList<>();
            tallies.forEach((key, tally) -> {
                PortfolioFigures figures = tally.figures(policy);
                if (request.groupBy().kind() != GroupBy.Kind.NONE) {
                    rows.add(new Row(key, label(key), figures));
                }
            });
            tallies.values().forEach(total::merge);
            if (organisationMembers != null) {
                total.activeMembers = organisationMembers.activeMembers;
                total.activeBorrowers = organisationMembers.activeBorrowers;
                total.savings = organisationMembers.savings;
            }
            PortfolioFigures totals = total.figures(policy);
            return new PortfolioView(request.orgId(), request.asOf(), request.from(), request.groupBy().text(),
                    totals, rows, provenance);
        }

        private String label(String key) {
            if (Attribution.UNASSIGNED.equals(key)) {
                return "Unassigned";
            }
            return labels.getOrDefault(key, key);
        }
    }

    /** A database sum or amount; null (a sum over nothing) counts as zero. */
    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
