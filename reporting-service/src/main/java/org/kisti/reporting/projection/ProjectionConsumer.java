package org.kisti.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.kisti.events.EventCatalog;
import org.kisti.events.EventJson;
import org.kisti.events.KistiEvent;

/**
 * Reads the three event topics into the projection. Each channel handles one record at a time and its offset is
 * committed only after the returned Uni completes, that is after the record's transaction committed: at least once,
 * made exactly-once in effect by the applied positions. A record that fails (database down, unreadable value) fails
 * the channel rather than being skipped, so the figures never silently miss a fact; health then reports it.
 */
@ApplicationScoped
public class ProjectionConsumer {

    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);

    private final ObjectMapper json = EventJson.newMapper();
    private final Projector projector;
    private final ProjectionMetrics metrics;

    public ProjectionConsumer(Projector projector, ProjectionMetrics metrics) {
        this.projector = projector;
        this.metrics = metrics;
    }

    @Incoming("members")
    public Uni<Void> members(ConsumerRecord<String, byte[]> record) {
        return project(record);
    }

    @Incoming("savings")
    public Uni<Void> savings(ConsumerRecord<String, byte[]> record) {
        return project(record);
    }

    @Incoming("loans")
    public Uni<Void> loans(ConsumerRecord<String, byte[]> record) {
        return project(record);
    }

    Uni<Void> project(ConsumerRecord<String, byte[]> record) {
        CloudEventEnvelope envelope;
        KistiEvent event;
        try {
            envelope = CloudEventEnvelope.of(record);
            Optional<Class<? extends KistiEvent>> type = EventCatalog.byCeType(envelope.type());
            if (type.isEmpty()) {
                // A newer producer's event: skipping it is safe for the figures served today, and stopping here
                // would halt reporting until this service is upgraded.
                LOG.warnf("skipping %s: unknown event type %s", CloudEventEnvelope.position(record), envelope.type());
                metrics.skipped(record.topic(), ProjectionMetrics.UNKNOWN_TYPE);
                return Uni.createFrom().voidItem();
            }
            event = json.readValue(record.value(), type.get());
        } catch (IOException | RuntimeException e) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "cannot read the event at " + CloudEventEnvelope.position(record), e));
        }
        return projector.apply(envelope.subject(), envelope.sequence(), event)
                .invoke(applied -> {
                    if (applied) {
                        metrics.applied(record.topic(), envelope.time());
                    } else {
                        LOG.debugf("duplicate %s of %s seq %d", envelope.type(), envelope.subject(), envelope.sequence());
                        metrics.skipped(record.topic(), ProjectionMetrics.DUPLICATE);
                    }
                })
                .replaceWithVoid();
    }
}
