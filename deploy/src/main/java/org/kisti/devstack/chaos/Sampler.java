package org.kisti.devstack.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kisti.devstack.KistiService;

/**
 * Reads the services' own metrics every {@link #EVERY} while the harness runs: how many stored events the relays
 * have not yet published, how many records the projection has not yet applied, and both paths' throughput. A service
 * that is down reads as unknown for that moment.
 */
final class Sampler implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(2);
    private static final List<KistiService> WRITERS = List.of(KistiService.MEMBER, KistiService.SAVINGS,
            KistiService.LOAN);

    /** One reading; -1 where a service did not answer. */
    record Sample(double atSeconds, long relayBehind, long projectionBehind, long published, long applied) {}

    private final Function<KistiService, String> urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<Sample> samples = new ArrayList<>();
    private final long started = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    Sampler(Function<KistiService, String> urls) {
        this.urls = urls;
        this.thread = new Thread(this::loop, "lag-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            Sample sample = sampleNow();
            synchronized (samples) {
                samples.add(sample);
            }
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Sample sampleNow() {
        long relayBehind = 0;
        long published = 0;
        for (KistiService writer : WRITERS) {
            String metrics = scrape(writer);
            relayBehind = add(relayBehind, sum(metrics, "kisti_relay_lag_events"));
            published = add(published, sum(metrics, "kisti_relay_published_total"));
        }
        String reporting = scrape(KistiService.REPORTING);
        return new Sample((System.nanoTime() - started) / 1e9, relayBehind,
                sum(reporting, "kisti_projection_lag_records"), published, sum(reporting, "kisti_projection_applied_total"));
    }

    private static long add(long total, long value) {
        return total < 0 || value < 0 ? -1 : total + value;
    }

    private String scrape(KistiService service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.apply(service) + "/q/metrics"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException down) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The sum of a metric's series in Prometheus text, -1 if the service did not answer. */
    static long sum(String metrics, String name) {
        if (metrics == null) {
            return -1;
        }
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(total);
    }

    /** Every {@code bucket} seconds: the worst lag seen and the throughput over the bucket. */
    void print(PrintStream out, int bucketSeconds) {
        List<Sample> all;
        synchronized (samples) {
            all = List.copyOf(samples);
        }
        out.println("| from s | relay behind (max events) | projection behind (max records) | relayed/s | projected/s |");
        out.println("|---|---|---|---|---|");
        int i = 0;
        Sample bucketStart = null;
        while (i < all.size()) {
            int bucket = (int) (all.get(i).atSeconds() / bucketSeconds);
            long relay = Long.MIN_VALUE;
            long projection = Long.MIN_VALUE;
            Sample last = null;
            Sample first = null;
            for (; i < all.size() && (int) (all.get(i).atSeconds() / bucketSeconds) == bucket; i++) {
                Sample s = all.get(i);
                relay = Math.max(relay, s.relayBehind());
                projection = Math.max(projection, s.projectionBehind());
                if (s.published() >= 0 && s.applied() >= 0) {
                    first = first == null ? s : first;
                    last = s;
                }
            }
            Sample from = bucketStart != null ? bucketStart : first;
            out.printf("| %d | %s | %s | %s | %s |%n", bucket * bucketSeconds, shown(relay), shown(projection),
                    rate(from, last, true), rate(from, last, false));
            if (last != null) {
                bucketStart = last;
            }
        }
    }

    private static String shown(long value) {
        return value < 0 ? "? (a service down)" : Long.toString(value);
    }

    /** Counters restart at 0 with their service: a drop reads as unknown, not as a negative rate. */
    private static String rate(Sample from, Sample to, boolean relayed) {
        if (from == null || to == null || to.atSeconds() <= from.atSeconds()) {
            return "";
        }
        long delta = relayed ? to.published() - from.published() : to.applied() - from.applied();
        return delta < 0 ? "(restarted)" : Long.toString(Math.round(delta / (to.atSeconds() - from.atSeconds())));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
