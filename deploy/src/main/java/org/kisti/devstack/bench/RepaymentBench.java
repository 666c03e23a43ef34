package org.kisti.devstack.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.KistiService;
import org.kisti.devstack.chaos.FieldApp;

/**
 * {@code deploy/bench.sh repayments}: repayments over REST from concurrent clients (each an Idempotency-Key, each
 * answered 201 after its event is stored), beside a baseline measured in the same run on the same database: the
 * same event rows inserted by JDBC, one row per transaction, from as many threads. Starts a dev stack of its own
 * ({@code .kisti-bench-repayments/}, ports 25472, 29132-29133, 28481-28484).
 */
public final class RepaymentBench {

    private RepaymentBench() {}

    /** One timed operation of a client; true if it did what it should. */
    @FunctionalInterface
    interface Operation {
        boolean run(int client, long i) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int loansPerClient = Integer.parseInt(options.getOrDefault("loans-per-client", "4"));
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;

        DevStack.Options stackOptions = DevStack.Options.isolated(repo, repo.resolve(".kisti-bench-repayments"), 25472,
                29132, 28480).out(out);
        long started = System.nanoTime();
        try (DevStack stack = DevStack.start(stackOptions)) {
            double startSeconds = (System.nanoTime() - started) / 1e9;
            FieldApp app = new FieldApp(stack::serviceUrl, stack.token("staff"));
            app.setUp();
            out.printf("Disbursing %d loans (%d per client)...%n", clients * loansPerClient, loansPerClient);
            // All enrolled first: a loan waits (422, retried) until the loan service has heard of its member.
            List<String> members = new ArrayList<>();
            for (int m = 0; m < clients * loansPerClient; m++) {
                members.add(app.enrol(m));
            }
            List<List<String>> loans = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<String> own = new ArrayList<>();
                for (int l = 0; l < loansPerClient; l++) {
                    own.add(app.disburse(members.get(c * loansPerClient + l)));
                }
                loans.add(own);
            }
            Operation repay = (client, i) -> app.repay(loans.get(client).get((int) (i % loansPerClient)), "10.00",
                    "2026-01-19");
            out.printf("Warming up for 5 s, then %d clients repay over REST for %d s...%n", clients, seconds);
            drive(clients, Duration.ofSeconds(5), repay);
            RelayBench.Figures rest = drive(clients, Duration.ofSeconds(seconds), repay);

            out.printf("Baseline: the same event rows by JDBC, one per transaction, %d threads for %d s...%n", clients,
                    seconds);
            RelayBench.Figures jdbc = jdbcBaseline(stack, clients, Duration.ofSeconds(seconds));

            out.printf("%n| what | per second | p50 ms | p95 ms | p99 ms | ratio to baseline |%n|---|---|---|---|---|---|%n");
            out.printf("| JDBC insert of the event row, one per transaction, %d threads (baseline) | %,.0f | %.0f | %.0f"
                    + " | %.0f | 1.00 |%n", clients, jdbc.perSecond(), jdbc.p50(), jdbc.p95(), jdbc.p99());
            out.printf("| repayments over REST, %d clients, %d loans | %,.0f | %.0f | %.0f | %.0f | %.2f |%n", clients,
                    clients * loansPerClient, rest.perSecond(), rest.p50(), rest.p95(), rest.p99(),
                    rest.perSecond() / jdbc.perSecond());
            out.printf("| four services and the infrastructure: start to all ready | %.1f s | | | | |%n", startSeconds);
            stack.pids().forEach((name, pid) -> out.printf("| RSS of %s after the run | %d MB | | | | |%n", name,
                    RelayBench.rssMegabytes(pid)));
        }
    }

    /** Runs the operation from {@code clients} threads for the duration; what succeeded per second, and latencies. */
    static RelayBench.Figures drive(int clients, Duration duration, Operation operation) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (long i = 0; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    try {
                        if (operation.run(client, i)) {
                            done.incrementAndGet();
                            latencies.add((System.nanoTime() - t0) / 1_000_000);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, "bench-client-" + c);
            thread.start();
            threads.add(thread);
        }
        long started = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        return RelayBench.Figures.of(done.get() / ((System.nanoTime() - started) / 1e9), latencies);
    }

    /**
     * Inserts a stored repayment's row again and again, one per transaction, into a table of the event store's own
     * definition beside it (the relay would publish rows put into the store itself).
     */
    private static RelayBench.Figures jdbcBaseline(DevStack stack, int clients, Duration duration) throws Exception {
        String url = stack.jdbcUrl(KistiService.LOAN);
        String[] template = new String[4];
        try (Connection connection = DriverManager.getConnection(url, stack.postgresUser(), stack.postgresPassword());
                Statement sql = connection.createStatement()) {
            sql.execute("create table bench_event_entry (like domain_event_entry including all)");
            try (ResultSet row = sql.executeQuery("select type, payload_type, payload, meta_data from domain_event_entry"
                    + " where payload_type like '%.InstallmentPaid' limit 1")) {
                row.next();
                for (int i = 0; i < 4; i++) {
                    template[i] = row.getString(i + 1);
                }
            }
        }
        String insert = "insert into bench_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                + " time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, 0, ?, ?, ?, null, ?, ?)";
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> statements = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Connection connection = DriverManager.getConnection(url, stack.postgresUser(), stack.postgresPassword());
            connections.add(connection);
            statements.add(connection.prepareStatement(insert));
        }
        try {
            return drive(clients, duration, (client, i) -> {
                PreparedStatement row = statements.get(client);
                row.setString(1, UUID.randomUUID().toString());
                row.setString(2, UUID.randomUUID().toString());
                row.setString(3, template[0]);
                row.setString(4, Instant.now().toString());
                row.setString(5, template[1]);
                row.setString(6, template[2]);
                row.setString(7, template[3]);
                return row.executeUpdate() == 1;
            });
        } finally {
            for (Connection connection : connections) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // The run's figures are taken.
                }
            }
        }
    }
}
