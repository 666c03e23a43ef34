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
 * cannot apply are parked, see {@code Parking}), the lag in records ({@link ProjectionLag}) and in seconds: 0 when
 * caught up, else the age of the last applied event.
 */
@ApplicationScoped
public class ProjectionMetrics {

    static final String APPLIED = "kisti.projection.applied";
    static final String SKIPPED = "kisti.projection.skipped";
    static final String LAG = "kisti.projection.lag";
    static final String DUPLICATE = "duplicate";

    private final MeterRegistry registry;
    private final ProjectionLag lag;
    private final Map<String, AtomicReference<Instant>> lastApplied = new ConcurrentHashMap<>();

    public ProjectionMetrics(MeterRegistry registry, ProjectionLag lag) {
        this.registry = registry;
        this.lag = lag;
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
            Gauge.builder(LAG, last, applied -> secondsBehind(t, applied))
                    .description("0 when every record of the topic is applied; else seconds since the ce_time of the"
                            + " last applied event")
                    .baseUnit("seconds").tag("topic", t).register(registry);
            return last;
        });
    }

    /** Caught up is 0, however long the topic has been quiet; behind, the age of what was last applied. */
    private double secondsBehind(String topic, AtomicReference<Instant> last) {
        if (lag.recordsBehind(topic) == 0) {
            return 0;
        }
        Instant time = last.get();
        return time == null ? Double.NaN : Duration.between(time, Instant.now()).toMillis() / 1000.0;
    }
}
