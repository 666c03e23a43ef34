package org.kisti.reporting.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.kisti.events.EventCatalog;

/**
 * How the projection is keeping up, per topic: events applied, events skipped (a redelivered duplicate; records it
 * cannot apply are parked, see {@code Parking}) and the lag, seconds from the {@code ce_time} of the last applied event to now. The lag
 * grows while a topic is quiet too; read it together with the applied rate.
 */
@ApplicationScoped
public class ProjectionMetrics {

    static final String APPLIED = "kisti.projection.applied";
    static final String SKIPPED = "kisti.projection.skipped";
    static final String LAG = "kisti.projection.lag";
    static final String DUPLICATE = "duplicate";

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Instant>> lastApplied = new ConcurrentHashMap<>();

    public ProjectionMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered up front so every topic shows on /q/metrics (NaN until its first event) before traffic arrives.
        EventCatalog.TOPICS.forEach(this::lastAppliedOf);
    }

    void applied(String topic, Instant eventTime) {
        Counter.builder(APPLIED).description("Events applied to the portfolio projection")
                .tag("topic", topic).register(registry).increment();
        lastAppliedOf(topic).set(eventTime);
    }

    void skipped(String topic, String reason) {
        Counter.builder(SKIPPED).description("Events that changed nothing: redelivered duplicates")
                .tag("topic", topic).tag("reason", reason).register(registry).increment();
    }

    private AtomicReference<Instant> lastAppliedOf(String topic) {
        return lastApplied.computeIfAbsent(topic, t -> {
            AtomicReference<Instant> last = new AtomicReference<>();
            Gauge.builder(LAG, last, ProjectionMetrics::secondsSince)
                    .description("Seconds between the ce_time of the last applied event and now")
                    .baseUnit("seconds").tag("topic", t).register(registry);
            return last;
        });
    }

    private static double secondsSince(AtomicReference<Instant> last) {
        Instant time = last.get();
        return time == null ? Double.NaN : Duration.between(time, Instant.now()).toMillis() / 1000.0;
    }
}
