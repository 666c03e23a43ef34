package org.kisti.devstack.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.KistiService;

/**
 * {@code deploy/bench.sh report}: the portfolio report's answer time for organisations of growing size (10,000 loans
 * to 100,000 by default), for today and a year back, grouped by branch, each beside a baseline measured in the same
 * run on the same data: one plain scan of the rows the report reads (instalments, splits, repayments), summed without
 * attribution, arrears or ratios. The projection's tables are filled in SQL (a synthetic organisation of 20 branches,
 * 2,000 groups, one borrower per loan, 40 weekly instalments, most paid on time, some late, some missed, a few loans
 * written off), then the service derives each new loan's standing from those rows (timed and printed, as after an
 * upgrade): how fast the projection fills its fact tables from the topics is the catch-up benchmark's question.
 */
public final class ReportBench {

    private static final String ORG = "org-demo";
    private static final String TODAY = "2026-11-23";
    private static final String YEAR_BACK = "2025-11-23";

    private ReportBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        List<Integer> sizes = new ArrayList<>();
        for (String size : options.getOrDefault("loans", "10000,50000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        int requests = Integer.parseInt(options.getOrDefault("requests", "5"));
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;

        DevStack.Options stackOptions = DevStack.Options.isolated(repo, repo.resolve(".kisti-bench-report"), 25442,
                29102, 28180).out(out);
        DevStack stack = DevStack.start(stackOptions);
        List<String> lines = new ArrayList<>();
        String header = "| loans | what | p50 ms | p95 ms | p50 ratio to baseline |%n|---|---|---|---|---|%n";
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(KistiService.REPORTING), stack.postgresUser(),
                stack.postgresPassword())) {
            SyntheticPortfolio portfolio = new SyntheticPortfolio(db, ORG);
            portfolio.structure();
            int loans = 0;
            for (int size : sizes) {
                out.printf("%nFilling the projection up to %,d loans...%n", size);
                long filling = System.nanoTime();
                portfolio.loans(loans + 1, size);
                out.printf("  %,d rows in %.0f s%n", portfolio.rows(), (System.nanoTime() - filling) / 1e9);
                long deriving = System.nanoTime();
                long spans = portfolio.awaitStanding();
                double seconds = (System.nanoTime() - deriving) / 1e9;
                lines.add(String.format("| %,d | the service derives the new loans' standing (%,d spans in all) | %.0f s"
                        + " | | %,.0f loans/s |", size, spans, seconds, (size - loans) / seconds));
                out.println(lines.get(lines.size() - 1));
                loans = size;
                Timing baseline = Timing.of(requests, () -> scan(db));
                lines.add(String.format("| %,d | plain scan of instalments, splits and repayments (baseline) | %.0f | %.0f"
                        + " | 1.00 |", size, baseline.p50(), baseline.p95()));
                out.println(lines.get(lines.size() - 1));
                for (String asOf : List.of(TODAY, YEAR_BACK)) {
                    String url = stack.serviceUrl(KistiService.REPORTING) + "/v1/orgs/" + ORG + "/portfolio?asOf="
                            + asOf + "&groupBy=branch";
                    report(url, stack.token("staff")); // warm the plans and the JIT
                    Timing report = Timing.of(requests, () -> report(url, stack.token("staff")));
                    lines.add(String.format("| %,d | report as of %s, groupBy branch | %.0f | %.0f | %.1f |", size,
                            asOf, report.p50(), report.p95(), report.p50() / baseline.p50()));
                    out.println(lines.get(lines.size() - 1));
                }
            }
        } finally {
            stack.stop();
        }
        out.printf("%n" + header);
        lines.forEach(out::println);
    }

    private static void scan(Connection db) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
                select (select sum(amount) from loan_installment), (select sum(amount) from loan_split),
                       (select sum(principal_paid + interest_paid) from loan_repayment)""")) {
            rows.next();
        }
    }

    private static void report(String url, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("report answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Milliseconds of repeated runs of one step. */
    record Timing(double p50, double p95) {

        interface Step {
            void run() throws Exception;
        }

        static Timing of(int runs, Step step) throws Exception {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                step.run();
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            List<Long> sorted = millis.stream().sorted().toList();
            return new Timing(sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1,
                    sorted.size() * 95 / 100)));
        }
    }
}
