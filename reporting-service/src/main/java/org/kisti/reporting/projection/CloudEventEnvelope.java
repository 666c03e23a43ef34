package org.kisti.reporting.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kisti.events.CloudEventHeaders;

/**
 * The CloudEvents binary-mode envelope of one Kafka record, as the write services' relay publishes it: what the
 * projection needs to route, de-duplicate and time an event, read from the {@code ce_*} headers.
 */
record CloudEventEnvelope(String type, String subject, long sequence, Instant time) {

    static final String TYPE = CloudEventHeaders.TYPE;
    static final String SUBJECT = CloudEventHeaders.SUBJECT;
    static final String TIME = CloudEventHeaders.TIME;
    static final String SEQUENCE = CloudEventHeaders.SEQUENCE;

    /** @throws IllegalArgumentException if a header the projection cannot do without is missing or unreadable */
    static CloudEventEnvelope of(ConsumerRecord<String, ?> record) {
        String type = header(record, TYPE);
        if (type == null) {
            throw new IllegalArgumentException("record without " + TYPE + " at " + position(record));
        }
        // The relay sets the subject to the aggregate id and uses the same id as key; either will do.
        String subject = header(record, SUBJECT);
        if (subject == null) {
            subject = record.key();
        }
        String sequence = header(record, SEQUENCE);
        if (subject == null || sequence == null) {
            throw new IllegalArgumentException("record without aggregate id or " + SEQUENCE + " at " + position(record));
        }
        return new CloudEventEnvelope(type, subject, Long.parseLong(sequence), timeOf(record));
    }

    static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static Instant timeOf(ConsumerRecord<String, ?> record) {
        String time = header(record, TIME);
        try {
            return time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
        } catch (DateTimeParseException e) {
            // ce_time only feeds the lag gauge: a bad one must not stop the projection.
            return Instant.ofEpochMilli(record.timestamp());
        }
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
