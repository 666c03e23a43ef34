package org.kisti.devstack.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.Readings;
import org.kisti.devstack.chaos.FieldApp;

/**
 * {@code deploy/bench.sh sheets}: collection sheets of 30 members (a repayment and a deposit each: 60 lines) posted
 * over REST, first by one client (the latency of a sheet, request to answer), then by 4 clients at once, timed to the
 * moment the reporting projection has applied every line; beside, in the same run, the same lines posted as single
 * REST repayments and deposits by as many clients, timed the same way. Starts a dev stack of its own
 * ({@code .kisti-bench-sheets/}, ports 25492, 29152-29153, 28591-28594).
 */
public final class SheetBench {

    private SheetBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        int members = Integer.parseInt(options.getOrDefault("members", "30"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int single = Integer.parseInt(options.getOrDefault("single", "40"));
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;

        DevStack.Options stackOptions = DevStack.Options.isolated(repo, repo.resolve(".kisti-bench-sheets"), 25492,
                29152, 28590).out(out);
        try (DevStack stack = DevStack.start(stackOptions)) {
            FieldApp app = new FieldApp(stack::serviceUrl, stack.token("staff"));
            app.setUp();
            out.printf("Enrolling %d members with a savings account and a loan each (%d per client)...%n",
                    clients * members, members);
            List<List<FieldApp.Seat>> seats = seats(app, clients, members);
            caughtUp(stack, Duration.ofMinutes(5));

            out.printf("One client posts %d sheets of %d members, one after another...%n", single, members);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < single; i++) {
                long t0 = System.nanoTime();
                if (!app.postSheet(seats.get(0), "10.00", "10.00", "2026-01-19")) {
                    throw new IllegalStateException("a sheet was refused");
                }
                latencies.add((System.nanoTime() - t0) / 1_000_000);
            }
            RelayBench.Figures one = RelayBench.Figures.of(single / (latencies.stream().mapToLong(l -> l).sum() / 1e3),
                    latencies);
            caughtUp(stack, Duration.ofMinutes(5));

            out.printf("Sheets: %d clients post sheets for %d s, then until the projection has applied every line...%n",
                    clients, seconds);
            EndToEnd sheets = endToEnd(stack, clients, Duration.ofSeconds(seconds), 2L * members,
                    (client, i) -> app.postSheet(seats.get(client), "10.00", "10.00", "2026-01-19"));

            out.printf("Baseline: the same lines as single REST repayments and deposits, %d clients, %d s...%n",
                    clients, seconds);
            EndToEnd singles = endToEnd(stack, clients, Duration.ofSeconds(seconds), 1, (client, i) -> {
                FieldApp.Seat seat = seats.get(client).get((int) (i / 2 % members));
                return i % 2 == 0 ? app.repay(seat.loanId(), "10.00", "2026-01-19")
                        : app.deposit(seat.accountId(), "10.00", "2026-01-19");
            });

            out.printf("%n| what | lines | per second, answered | lines/s end to end (to the projection) | p50 ms"
                    + " | p95 ms | p99 ms | ratio to single requests |%n|---|---|---|---|---|---|---|---|%n");
            out.printf("| one client, sheets of %d members (%d lines), one after another | %d | %.1f sheets | | %.0f"
                    + " | %.0f | %.0f | |%n", members, 2 * members, single * 2 * members, one.perSecond(), one.p50(),
                    one.p95(), one.p99());
            out.printf("| single REST repayments and deposits, %d clients (baseline) | %d | %.0f requests | %.0f |"
                    + " %.0f | %.0f | %.0f | 1.00 |%n", clients, singles.lines(), singles.answered().perSecond(),
                    singles.linesPerSecond(), singles.answered().p50(), singles.answered().p95(),
                    singles.answered().p99());
            out.printf("| sheets of %d members, %d clients | %d | %.1f sheets | %.0f | %.0f | %.0f | %.0f | %.2f |%n",
                    members, clients, sheets.lines(), sheets.answered().perSecond(), sheets.linesPerSecond(),
                    sheets.answered().p50(), sheets.answered().p95(), sheets.answered().p99(),
                    sheets.linesPerSecond() / singles.linesPerSecond());
        }
    }

    /** What a timed load achieved: answers per second with latencies, lines posted, and lines/s to the projection. */
    record EndToEnd(RelayBench.Figures answered, long lines, double linesPerSecond) {}

    private static EndToEnd endToEnd(DevStack stack, int clients, Duration duration, long linesPerRequest,
            RepaymentBench.Operation operation) throws Exception {
        AtomicLong requests = new AtomicLong();
        long started = System.nanoTime();
        RelayBench.Figures answered = RepaymentBench.drive(clients, duration, (client, i) -> {
            boolean done = operation.run(client, i);
            if (done) {
                requests.incrementAndGet();
            }
            return done;
        });
        caughtUp(stack, Duration.ofMinutes(10));
        double elapsed = (System.nanoTime() - started) / 1e9;
        long lines = requests.get() * linesPerRequest;
        return new EndToEnd(answered, lines, lines / elapsed);
    }

    /** Each client's seats: members of the app's group, each with an account and a loan. */
    private static List<List<FieldApp.Seat>> seats(FieldApp app, int clients, int members) throws Exception {
        List<String> enrolled = new ArrayList<>();
        for (int m = 0; m < clients * members; m++) {
            enrolled.add(app.enrol(m));
        }
        List<List<FieldApp.Seat>> seats = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<FieldApp.Seat> own = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                String member = enrolled.get(c * members + m);
                own.add(new FieldApp.Seat(member, app.disburse(member), app.openSavings(member)));
            }
            seats.add(own);
        }
        return seats;
    }

    /** Until every stored event is projected and savings-service has moved every sheet's savings lines. */
    private static void caughtUp(DevStack stack, Duration within) throws InterruptedException, SQLException {
        long deadline = System.nanoTime() + within.toNanos();
        while (Readings.sheetsAwaitingSavings(stack) > 0
                || Readings.storedEvents(stack) != Readings.projectedEvents(stack)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not caught up within " + within);
            }
            Thread.sleep(200);
        }
    }
}
