package org.kisti.devstack.chaos;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.Readings;
import org.kisti.devstack.bench.Arguments;

/**
 * {@code deploy/chaos.sh --seed N --faults K}: runs a bounded load against a dev stack of its own while it kills
 * PostgreSQL, Kafka and each service with SIGKILL on a schedule derived from the seed, starts each again, waits until
 * everything has caught up and audits the result ({@link Audit}). Prints the schedule, how long each component took
 * to come back, the lag over time and the verdict; exits 1 if any check failed.
 */
public final class FaultHarness {

    /** How a run is set up; {@link #defaults()} is what chaos.sh runs without flags. */
    public static final class Options {
        long seed = 1;
        int faults = 6;
        int clients = 4;
        int maxHouseholds = 10_000;
        Duration spacing = Duration.ofSeconds(20);
        Duration infrastructureDown = Duration.ofSeconds(10);
        Duration catchUpWithin = Duration.ofMinutes(3);
        Path repo;
        Path home;
        int portBase = 28280;
        PrintStream out = System.out;

        public static Options defaults() {
            return new Options();
        }

        public Options seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Options faults(int faults) {
            this.faults = faults;
            return this;
        }

        public Options clients(int clients) {
            this.clients = clients;
            return this;
        }

        public Options spacing(Duration spacing) {
            this.spacing = spacing;
            return this;
        }

        public Options infrastructureDown(Duration down) {
            this.infrastructureDown = down;
            return this;
        }

        public Options repo(Path repo) {
            this.repo = repo;
            return this;
        }

        public Options home(Path home) {
            this.home = home;
            return this;
        }

        /**
         * Ports: base+1..base+4 for the services, base-2,828 for PostgreSQL, base+832/833 for Kafka (by default
         * 28281-28284, 25452, 29112-29113: below the range outgoing connections draw their local ports from).
         */
        public Options portBase(int portBase) {
            this.portBase = portBase;
            return this;
        }

        public Options out(PrintStream out) {
            this.out = out;
            return this;
        }
    }

    /** A fault as it happened: when, and how long the component took from its start to ready. */
    record Injected(FaultSchedule.Fault fault, double atSeconds, double restartSeconds) {}

    private static final Duration AFTER_THE_LAST_FAULT = Duration.ofSeconds(10);

    private FaultHarness() {}

    public static void main(String[] args) throws Exception {
        // Killing PostgreSQL makes zonky log a stack trace for the stop it then cannot do; the Kafka clients warn
        // about every refused connection while the broker is down. Both are the faults working, not news.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "off");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        Map<String, String> flags = Arguments.parse(args);
        Options options = Options.defaults()
                .seed(Long.parseLong(flags.getOrDefault("seed", "1")))
                .faults(Integer.parseInt(flags.getOrDefault("faults", "6")))
                .clients(Integer.parseInt(flags.getOrDefault("clients", "4")))
                .spacing(Duration.ofSeconds(Long.parseLong(flags.getOrDefault("spacing", "20"))))
                .infrastructureDown(Duration.ofSeconds(Long.parseLong(flags.getOrDefault("down", "10"))))
                .repo(Path.of(flags.getOrDefault("repo", ".")).toAbsolutePath().normalize());
        options.home(options.repo.resolve(".kisti-chaos"));
        System.exit(run(options).passed() ? 0 : 1);
    }

    public static Verdict run(Options options) throws Exception {
        PrintStream out = options.out;
        List<FaultSchedule.Fault> schedule = FaultSchedule.of(options.seed, options.faults, options.spacing,
                options.infrastructureDown);
        out.printf("Fault schedule for seed %d:%n", options.seed);
        schedule.forEach(f -> out.printf("  %2d. at %5.1f s  kill -9 %-18s down %d s%n", f.number(),
                f.at().toMillis() / 1000.0, f.target().label(), f.down().toSeconds()));

        DevStack.Options stackOptions = DevStack.Options.isolated(options.repo, options.home,
                options.portBase - 2828, options.portBase + 832, options.portBase)
                .serviceTimeout(Duration.ofSeconds(180)).out(out);
        try (DevStack stack = DevStack.start(stackOptions)) {
            FieldApp app = new FieldApp(stack::serviceUrl, stack.token("staff"));
            app.setUp();
            List<Injected> injected = new ArrayList<>();
            Verdict verdict;
            try (Sampler sampler = new Sampler(stack::serviceUrl)) {
                long started = System.nanoTime();
                AtomicLong faultsOverAt = new AtomicLong(Long.MAX_VALUE);
                List<Exception> injectionFailed = new ArrayList<>();
                Thread injector = new Thread(() -> {
                    try {
                        inject(stack, schedule, started, injected, out);
                    } catch (Exception e) {
                        injectionFailed.add(e);
                    } finally {
                        faultsOverAt.set(System.nanoTime());
                    }
                }, "fault-injector");
                injector.start();
                // The load goes on a while after the last fault, so the recovered system is also seen taking work.
                app.run(options.clients, options.maxHouseholds,
                        () -> faultsOverAt.get() == Long.MAX_VALUE
                                || System.nanoTime() - faultsOverAt.get() < AFTER_THE_LAST_FAULT.toNanos());
                injector.join();
                double loadSeconds = (System.nanoTime() - started) / 1e9;

                out.printf("Load done after %.0f s; waiting until the relays and the projection have caught up...%n",
                        loadSeconds);
                long waiting = System.nanoTime();
                boolean caughtUp = awaitCaughtUp(stack, options.catchUpWithin);
                double catchUpSeconds = (System.nanoTime() - waiting) / 1e9;
                // The lag gauges refresh every few seconds: read them once they have seen the caught-up state.
                Thread.sleep(8_000);
                Sampler.Sample idle = sampler.sampleNow();

                verdict = new Audit(stack, app.calls()).run();
                verdict.check("every fault injected, every component back", injectionFailed.isEmpty()
                        && injected.size() == schedule.size(), "%d of %d%s".formatted(injected.size(), schedule.size(),
                        injectionFailed.isEmpty() ? "" : "; " + injectionFailed.get(0)));
                verdict.check("caught up within " + options.catchUpWithin.toSeconds() + " s of the load's end", caughtUp,
                        "%.1f s".formatted(catchUpSeconds));
                verdict.check("lag metrics read 0 once caught up", idle.relayBehind() == 0
                        && idle.projectionBehind() == 0, "relay behind %d events, projection behind %d records"
                        .formatted(idle.relayBehind(), idle.projectionBehind()));

                out.println();
                out.println("Faults (restart: from start to ready):");
                out.println("| # | at s | killed | down s | restart s |");
                out.println("|---|---|---|---|---|");
                for (Injected i : injected) {
                    out.printf("| %d | %.1f | %s | %d | %.1f |%n", i.fault().number(), i.atSeconds(),
                            i.fault().target().label(), i.fault().down().toSeconds(), i.restartSeconds());
                }
                out.println();
                printCalls(app.calls(), out);
                out.println();
                out.println("Lag and throughput over time:");
                sampler.print(out, 10);
            }
            out.println();
            out.printf("Verdict (seed %d, %d faults):%n", options.seed, options.faults);
            verdict.print(out);
            out.println(verdict.passed() ? "PASSED" : "FAILED");
            return verdict;
        }
    }

    private static void inject(DevStack stack, List<FaultSchedule.Fault> schedule, long started,
            List<Injected> injected, PrintStream out) throws Exception {
        for (FaultSchedule.Fault fault : schedule) {
            long wait = started + fault.at().toNanos() - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000);
            }
            double at = (System.nanoTime() - started) / 1e9;
            out.printf("[%5.1f s] fault %d: kill -9 %s%n", at, fault.number(), fault.target().label());
            stack.kill(fault.target());
            Thread.sleep(fault.down().toMillis());
            long restarting = System.nanoTime();
            stack.start(fault.target());
            double restart = (System.nanoTime() - restarting) / 1e9;
            out.printf("[%5.1f s] %s back, ready %.1f s after its start%n", (System.nanoTime() - started) / 1e9,
                    fault.target().label(), restart);
            injected.add(new Injected(fault, at, restart));
        }
    }

    /** Until the reporting projection's applied positions account for every event in the three write stores. */
    private static boolean awaitCaughtUp(DevStack stack, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Readings.sheetsAwaitingSavings(stack) == 0
                        && Readings.storedEvents(stack) == Readings.projectedEvents(stack)) {
                    return true;
                }
            } catch (SQLException notYet) {
                // A restarted database may still be recovering.
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    private static void printCalls(List<Call> calls, PrintStream out) {
        out.println("Requests (attempts beyond the first are the field app's retries with the same key):");
        out.println("| request | sent | 2xx | attempts | failed attempts by kind |");
        out.println("|---|---|---|---|---|");
        Map<Request, List<Call>> byKind = calls.stream().collect(Collectors.groupingBy(Call::kind,
                () -> new EnumMap<>(Request.class), Collectors.toList()));
        byKind.forEach((kind, list) -> {
            Map<String, Integer> failures = new TreeMap<>();
            list.forEach(c -> c.failedAttempts().forEach((why, n) -> failures.merge(why, n, Integer::sum)));
            out.printf("| %s | %d | %d | %d | %s |%n", kind.name().toLowerCase().replace('_', ' '), list.size(),
                    list.stream().filter(c -> c.outcome() == Call.Outcome.CREATED).count(),
                    list.stream().mapToInt(Call::attempts).sum(), failures.isEmpty() ? "" : failures);
        });
    }
}
