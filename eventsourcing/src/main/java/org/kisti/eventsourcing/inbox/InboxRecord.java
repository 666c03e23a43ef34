package org.kisti.eventsourcing.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kisti.events.CloudEventHeaders;
import org.kisti.events.EventJson;
import org.kisti.events.KistiEvent;
import org.kisti.platform.parking.EventTypes;
import org.kisti.platform.parking.ParkedRecord;

/** A Kafka record as the inbox reads it: its CloudEvents envelope, and the event if this service can read it. */
final class InboxRecord {

    private static final ObjectMapper JSON = EventJson.newMapper();

    final String topic;
    final int partition;
    final long offset;
    final String eventId;
    final String subject;
    final String ceType;
    final Map<String, String> headers;
    final byte[] value;

    private InboxRecord(String topic, int partition, long offset, String key, Map<String, String> headers, byte[] value) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.headers = headers;
        this.value = value;
        this.eventId = headers.getOrDefault(CloudEventHeaders.ID, topic + "-" + partition + "@" + offset);
        this.subject = headers.getOrDefault(CloudEventHeaders.SUBJECT, key);
        this.ceType = headers.get(CloudEventHeaders.TYPE);
    }

    static InboxRecord of(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new InboxRecord(record.topic(), record.partition(), record.offset(), record.key(), headers,
                record.value());
    }

    static InboxRecord of(ParkedRecord parked) {
        return new InboxRecord(parked.topic(), parked.partition(), parked.offset(), parked.subject(), parked.headers(),
                parked.payload());
    }

    ParkedRecord parked(String reason) {
        return new ParkedRecord(eventId, topic, partition, offset, subject, ceType, headers, value, reason);
    }

    /**
     * The event, read with the published catalog.
     *
     * @throws Unreadable if the type is unknown to this service or the value cannot be read as that type
     */
    InboxEvent event(EventTypes types) throws Unreadable {
        try {
            Optional<KistiEvent> read = types.read(JSON, ceType, value);
            if (read.isEmpty()) {
                throw new Unreadable("unknown event type " + ceType + ": a newer producer's fact; upgrade, then replay");
            }
            KistiEvent event = read.get();
            long sequence = Long.parseLong(headers.getOrDefault(CloudEventHeaders.SEQUENCE, "-1"));
            Instant recordedAt = Instant.parse(headers.getOrDefault(CloudEventHeaders.TIME, Instant.EPOCH.toString()));
            return new InboxEvent(eventId, recordedAt, sequence, event);
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            throw new Unreadable("cannot read " + ceType + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    String position() {
        return topic + "-" + partition + "@" + offset;
    }

    /** A record no code of this service can apply: it is parked, never skipped. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason.length() > 500 ? reason.substring(0, 500) : reason);
        }
    }
}
