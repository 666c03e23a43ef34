package org.kisti.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.kisti.events.EventJson;
import org.kisti.events.KistiEvent;
import org.kisti.platform.parking.EventTypes;
import org.kisti.platform.parking.ParkedRecord;
import org.kisti.reporting.parking.Parking;

/**
 * Reads the three event topics into the projection. Each channel handles one record at a time and its offset is
 * committed only after the returned Uni completes, that is after the record's transaction committed: at least once,
 * made exactly-once in effect by the applied positions. A record this reader cannot apply (a type a newer producer
 * added, a value it cannot read) is parked with the reason, and its aggregate's later records wait behind it, so no
 * fact goes missing and none is applied out of order. An outage of the database (refused, lost, crashed, recovering)
 * holds the record and applies it again with backoff until the database is back; any other failure of the database
 * fails the channel, and health says so.
 */
@ApplicationScoped
public class ProjectionConsumer {

    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);
    private static final Duration OUTAGE_FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration OUTAGE_LONGEST_WAIT = Duration.ofSeconds(5);

    private final ObjectMapper json = EventJson.newMapper();
    private final Projector projector;
    private final ProjectionMetrics metrics;
    private final Parking parking;

    private final EventTypes types;
    private final ProjectionGate gate;

    public ProjectionConsumer(Projector projector, ProjectionMetrics metrics, Parking parking, EventTypes types,
            ProjectionGate gate) {
        this.projector = projector;
        this.metrics = metrics;
        this.parking = parking;
        this.types = types;
        this.gate = gate;
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
        return gate.pass(() -> Uni.createFrom().deferred(() -> projectNow(record))
                .onFailure(StoreOutages::isOutage).invoke(outage -> LOG.warnf(
                        "the projection's database is unreachable (%s); %s-%d@%d is applied again once it is back",
                        outage.getMessage(), record.topic(), record.partition(), record.offset()))
                .onFailure(StoreOutages::isOutage).retry()
                .withBackOff(OUTAGE_FIRST_RETRY, OUTAGE_LONGEST_WAIT).indefinitely());
    }

    private Uni<Void> projectNow(ConsumerRecord<String, byte[]> record) {
        Reading reading = reading(record, parking::holdsBack);
        if (reading.parkedFor() != null) {
            return parking.park(record, reading.subject(), reading.parkedFor());
        }
        CloudEventEnvelope envelope = reading.envelope();
        return projector.apply(Projector.RecordPosition.of(record), envelope.subject(), envelope.sequence(),
                        reading.event())
                .invoke(applied -> counted(record.topic(), envelope, applied))
                .replaceWithVoid();
    }

    /**
     * A record read as the projection reads it: its event to apply, or the reason to park it (an unreadable envelope,
     * an aggregate already waiting behind a parked record, a type or value this build cannot read).
     *
     * @param subject the aggregate it belongs to (the record key where the envelope is unreadable)
     */
    record Reading(String subject, CloudEventEnvelope envelope, KistiEvent event, String parkedFor) {}

    /** Reads the record; {@code heldBack} says which aggregates wait behind a parked record. */
    Reading reading(ConsumerRecord<String, byte[]> record, Predicate<String> heldBack) {
        CloudEventEnvelope envelope;
        try {
            envelope = CloudEventEnvelope.of(record.key(), CloudEventEnvelope.headersOf(record), record.timestamp());
        } catch (RuntimeException e) {
            return new Reading(record.key(), null, null, "unreadable envelope: " + e.getMessage());
        }
        if (heldBack.test(envelope.subject())) {
            return new Reading(envelope.subject(), envelope, null,
                    "waits behind a parked record of the same aggregate");
        }
        try {
            return new Reading(envelope.subject(), envelope, read(envelope, record.value()), null);
        } catch (Unapplicable e) {
            return new Reading(envelope.subject(), envelope, null, e.getMessage());
        }
    }

    /**
     * Applies a parked record, as after an upgrade that knows its type. Blocking: for the operator's replay.
     *
     * @throws Unapplicable if it still cannot be read
     */
    Uni<Boolean> replay(ParkedRecord parked) throws Unapplicable {
        Map<String, String> headers = parked.headers();
        CloudEventEnvelope envelope;
        try {
            envelope = CloudEventEnvelope.of(parked.subject(), headers, System.currentTimeMillis());
        } catch (RuntimeException e) {
            throw new Unapplicable("unreadable envelope: " + e.getMessage());
        }
        KistiEvent event = read(envelope, parked.payload());
        return projector.apply(null, envelope.subject(), envelope.sequence(), event)
                .invoke(applied -> counted(parked.topic(), envelope, applied));
    }

    /** The event of a record, as the live consumer reads it (a rebuild reads alike). */
    KistiEvent read(CloudEventEnvelope envelope, byte[] value) throws Unapplicable {
        Optional<KistiEvent> event;
        try {
            event = types.read(json, envelope.type(), value);
        } catch (Exception e) {
            throw new Unapplicable("cannot read " + envelope.type() + ": " + e.getClass().getSimpleName());
        }
        return event.orElseThrow(() -> new Unapplicable("unknown event type " + envelope.type()
                + ": a newer producer's fact; upgrade, then replay"));
    }

    private void counted(String topic, CloudEventEnvelope envelope, boolean applied) {
        if (applied) {
            metrics.applied(topic, envelope.time());
        } else {
            LOG.debugf("duplicate %s of %s seq %d", envelope.type(), envelope.subject(), envelope.sequence());
            metrics.skipped(topic, ProjectionMetrics.DUPLICATE);
        }
    }

    /** A record no code of this reader can apply yet. */
    static final class Unapplicable extends Exception {
        Unapplicable(String reason) {
            super(reason);
        }
    }
}
