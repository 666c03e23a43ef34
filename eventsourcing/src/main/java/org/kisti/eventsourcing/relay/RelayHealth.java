package org.kisti.eventsourcing.relay;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kisti.eventsourcing.axon.AxonRuntime;

/**
 * Ready once the relay has started. A relay retrying because Kafka is away stays ready, reported as such: the event
 * store is the outbox, so partners can keep writing and nothing is lost; the events follow when Kafka is back.
 */
@Readiness
@Singleton
public class RelayHealth implements HealthCheck {

    @Inject
    AxonRuntime axon;

    @Override
    public HealthCheckResponse call() {
        return axon.eventProcessor(KafkaRelay.PROCESSOR, TrackingEventProcessor.class)
                .map(processor -> HealthCheckResponse.named("kafka-relay")
                        .status(processor.isRunning())
                        .withData("retrying", processor.isError())
                        .build())
                .orElseGet(() -> HealthCheckResponse.down("kafka-relay"));
    }
}
