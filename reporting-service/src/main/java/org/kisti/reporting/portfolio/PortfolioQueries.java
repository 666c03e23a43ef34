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
import java.util.function.BiConsumer;
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
                    .chain(() -> report.run(session))
                    .chain(() -> policies.inForce(session, request.orgId(), request.asOf()))
                    .chain(policy -> provenance(session).map(provenance -> report.view(policy, provenance)));
        }));
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
            String ctes = Attribution.ctes(groupBy);
            boolean whole = request.scope().wholeOrganisation();
            Uni<Void> chain = query(session, ctes + PortfolioSql.LOANS, (tally, row) -> {
                String currency = (String) row[1];
                tally.disbursedCount += count(row[2]);
                PortfolioTally.add(tally.disbursed, currency, decimal(row[3]));
                tally.disbursedInPeriodCount += count(row[4]);
                if (count(row[4]) > 0) {
                    PortfolioTally.add(tally.disbursedInPeriod, currency, decimal(row[5]));
                }
                PortfolioTally.add(tally.outstanding, currency, decimal(row[6]));
                if (decimal(row[7]).signum() != 0) {
                    PortfolioTally.add(tally.writtenOff, currency, decimal(row[7]));
                }
            })
                    .chain(() -> query(session, ctes + PortfolioSql.OUTSTANDING_BEFORE, (tally, row) ->
                            PortfolioTally.add(tally.outstandingBefore, (String) row[1], decimal(row[2]))))
                    .chain(() -> query(session, ctes + PortfolioSql.ARREARS, Report::arrears))
                    .chain(() -> query(session, ctes + PortfolioSql.ARREARS_RESCHEDULED, Report::arrears))
                    .chain(() -> query(session, ctes + PortfolioSql.RECOVERY, Report::recovery))
                    .chain(() -> query(session, ctes + PortfolioSql.RECOVERY_RESCHEDULED, Report::recovery))
                    .chain(() -> query(session, ctes + PortfolioSql.INTEREST_AND_FEES, (tally, row) ->
                            PortfolioTally.add(tally.interestAndFees, (String) row[1], decimal(row[2]))))
                    .chain(() -> query(session, ctes + PortfolioSql.RECOVERIES, (tally, row) ->
                            PortfolioTally.add(tally.recoveries, (String) row[1], decimal(row[2]))));
            if (memberRows) {
                chain = chain.chain(() -> members(session, ctes, groupBy, tallies, whole));
            } else {
                // Product, fund and purpose rows have no member figures; the organisation's are counted apart.
                organisationMembers = PortfolioTally.empty(whole, true);
                Map<String, PortfolioTally> organisation = new TreeMap<>();
                organisation.put("", organisationMembers);
                chain = chain.chain(() -> members(session, Attribution.ctes(GroupBy.NONE), GroupBy.NONE,
                        organisation, whole));
            }
            String labelSql = Attribution.labels(groupBy);
            if (labelSql != null) {
                chain = chain.chain(() -> rows(session, labelSql).invoke(rows -> rows.forEach(row ->
                        labels.put((String) row[0], (String) row[1]))).replaceWithVoid());
            }
            return chain;
        }

        private static void arrears(PortfolioTally tally, Object[] row) {
            tally.arrears.add(new ArrearsBucket((String) row[1], count(row[2]), count(row[3]), decimal(row[4]),
                    decimal(row[5])));
        }

        private static void recovery(PortfolioTally tally, Object[] row) {
            String currency = (String) row[1];
            if (decimal(row[2]).signum() != 0 || decimal(row[3]).signum() != 0) {
                PortfolioTally.add(tally.otrDue, currency, decimal(row[2]));
                PortfolioTally.add(tally.otrPaid, currency, decimal(row[3]));
            }
            PortfolioTally.add(tally.crrDue, currency, decimal(row[4]));
            PortfolioTally.add(tally.crrPaid, currency, decimal(row[5]));
        }

        private Uni<Void> members(Mutiny.Session session, String ctes, GroupBy groupBy,
                Map<String, PortfolioTally> into, boolean whole) {
            Uni<Void> chain = query(session, ctes + PortfolioSql.BORROWERS, into, (tally, row) ->
                    tally.activeBorrowers = tally.activeBorrowers + count(row[1]));
            if (!whole) {
                return chain; // a funder sees the borrowers of its loans, not the organisation's members or savings
            }
            return chain
                    .chain(() -> query(session, ctes + PortfolioSql.MEMBERS, into, (tally, row) ->
                            tally.activeMembers = tally.activeMembers + count(row[1])))
                    .chain(() -> query(session, ctes + PortfolioSql.savings(Attribution.fallback(groupBy)), into,
                            (tally, row) -> PortfolioTally.add(tally.savings, (String) row[1], decimal(row[2]))));
        }

        private Uni<Void> query(Mutiny.Session session, String sql, BiConsumer<PortfolioTally, Object[]> fold) {
            return query(session, sql, tallies, fold);
        }

        private Uni<Void> query(Mutiny.Session session, String sql, Map<String, PortfolioTally> into,
                BiConsumer<PortfolioTally, Object[]> fold) {
            boolean whole = request.scope().wholeOrganisation();
            return rows(session, sql).invoke(rows -> rows.forEach(row -> fold.accept(into.computeIfAbsent(
                    (String) row[0], key -> PortfolioTally.empty(memberRows && whole, memberRows)), row)))
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
