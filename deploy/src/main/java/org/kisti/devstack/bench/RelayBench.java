package org.kisti.devstack.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.KistiService;

/**
 * {@code deploy/bench.sh}: the relay's throughput and latency on this machine, each beside a baseline measured in the
 * same run: Kafka's own producer performance tool at the same settings and record size. Starts a dev stack of its own
 * (fresh, in {@code .kisti-bench/}, on ports 3xxxx), so it runs beside a developer's stack; prints a table for
 * {@code docs/performance.md}.
 */
public final class RelayBench {

    private RelayBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        int events = Integer.parseInt(options.getOrDefault("events", "20000"));
        int latencySeconds = Integer.parseInt(options.getOrDefault("latency-seconds", "10"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;

        DevStack.Options stackOptions = DevStack.Options.isolated(repo, repo.resolve(".kisti-bench"), 35432, 39092,
                38080).out(out);
        long started = System.nanoTime();
        DevStack stack = DevStack.start(stackOptions);
        double startSeconds = (System.nanoTime() - started) / 1e9;
        try {
            StoredEvents store = new StoredEvents(stack.jdbcUrl(KistiService.MEMBER), stack.postgresUser(),
                    stack.postgresPassword());
            int recordSize = store.recordSize();
            out.printf("%nBaseline: Kafka's ProducerPerformance, %d records of %d bytes, acks=all, idempotent...%n",
                    events, recordSize);
            Figures baseline = ProducerBaseline.run(repo, stack.kafkaBootstrapServers(), events, recordSize);

            out.printf("Relay: %d events stored at once in kisti_member, until all are on kisti.members.v1...%n", events);
            String metrics = stack.serviceUrl(KistiService.MEMBER) + "/q/metrics";
            double before = published(metrics);
            long stored = store.storeAtOnce(events);
            while (published(metrics) < before + events) {
                Thread.sleep(50);
            }
            double relayPerSecond = events / ((System.nanoTime() - stored) / 1e9);

            out.printf("Relay latency: enrolments over REST at up to %d/s for %d s, 201 to record read from Kafka...%n",
                    rate, latencySeconds);
            Figures latency = RelayLatency.measure(stack.serviceUrl(KistiService.MEMBER), stack.token("staff"),
                    stack.kafkaBootstrapServers(), rate, latencySeconds);

            out.printf("%n| what | events/s | p50 ms | p95 ms | p99 ms | ratio to baseline |%n|---|---|---|---|---|---|%n");
            out.printf("| Kafka ProducerPerformance (baseline), %d B records | %,.0f | %.0f | %.0f | %.0f | 1.00 |%n",
                    recordSize, baseline.perSecond(), baseline.p50(), baseline.p95(), baseline.p99());
            out.printf("| relay: stored events to Kafka, sustained | %,.0f | | | | %.2f |%n", relayPerSecond,
                    relayPerSecond / baseline.perSecond());
            out.printf("| relay latency, enrolments over REST asked at %,d/s (reached: events/s) | %,.0f | %.0f | %.0f | %.0f"
                    + " | |%n", rate, latency.perSecond(), latency.p50(), latency.p95(), latency.p99());
            out.printf("| four services and the infrastructure: start to all ready | %.1f s | | | | |%n", startSeconds);
            stack.pids().forEach((name, pid) -> out.printf("| RSS of %s after the run | %d MB | | | | |%n", name,
                    rssMegabytes(pid)));
        } finally {
            stack.stop();
        }
    }

    private static double published(String metricsUrl) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(metricsUrl)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().filter(line -> line.startsWith("kisti_relay_published_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    static long rssMegabytes(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            return status.stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
        } catch (Exception e) {
            return -1;
        }
    }

    /** Events or records per second and latency percentiles, in milliseconds. */
    record Figures(double perSecond, double p50, double p95, double p99) {

        static Figures of(double perSecond, List<Long> latenciesMillis) {
            List<Long> sorted = latenciesMillis.stream().sorted().toList();
            return new Figures(perSecond, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        }

        private static double percentile(List<Long> sorted, int p) {
            return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
        }
    }
}
