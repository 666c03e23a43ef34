package org.kisti.eventsourcing.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kisti.eventsourcing.axon.AxonRuntime;

/**
 * How many stored events the relay has not yet published. Measured on a schedule rather than at scrape time, so a
 * metrics scrape never queries the database.
 */
@Singleton
public class RelayLag {

    private final AtomicLong eventsBehind = new AtomicLong();

    @Inject
    AxonRuntime axon;

    @Inject
    EventStore eventStore;

    @Inject
    void register(MeterRegistry metrics) {
        Gauge.builder("kisti.relay.lag", eventsBehind, AtomicLong::get)
                .description("Events stored but not yet published to Kafka")
                .baseUnit("events")
                .register(metrics);
    }

    @Scheduled(every = "${kisti.relay.lag-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        OptionalLong head = position(eventStore.createHeadToken());
        long published = axon.eventProcessor(KafkaRelay.PROCESSOR, TrackingEventProcessor.class)
                .map(processor -> processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(position -> position.orElse(-1))
                        .min().orElse(-1))
                .orElse(-1L);
        eventsBehind.set(Math.max(0, head.orElse(-1) - published));
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
