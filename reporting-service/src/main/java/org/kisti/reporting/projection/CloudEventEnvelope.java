package org.kisti.reporting.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kisti.events.CloudEventHeaders;

/**
 * The CloudEvents binary-mode envelope of one Kafka record, as the write services' relay publishes it: what the
 * projection needs to route, de-duplicate and time an event, read from the {@code ce_*} headers.
 */
record CloudEventEnvelope(String type, String subject, long sequence, Instant time) {

    /** @throws IllegalArgumentException if a header the projection cannot do without is missing or unreadable */
    static CloudEventEnvelope of(String key, Map<String, String> headers, long fallbackTime) {
        String type = headers.get(CloudEventHeaders.TYPE);
        if (type == null) {
            throw new IllegalArgumentException("record without " + CloudEventHeaders.TYPE);
        }
        // The relay sets the subject to the aggregate id and uses the same id as key; either will do.
        String subject = headers.getOrDefault(CloudEventHeaders.SUBJECT, key);
        String sequence = headers.get(CloudEventHeaders.SEQUENCE);
        if (subject == null || sequence == null) {
            throw new IllegalArgumentException("record without aggregate id or " + CloudEventHeaders.SEQUENCE);
        }
        try {
            return new CloudEventEnvelope(type, subject, Long.parseLong(sequence), timeOf(headers, fallbackTime));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unreadable " + CloudEventHeaders.SEQUENCE);
        }
    }

    static Map<String, String> headersOf(ConsumerRecord<String, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static Instant timeOf(Map<String, String> headers, long fallbackTime) {
        String time = headers.get(CloudEventHeaders.TIME);
        try {
            return time == null ? Instant.ofEpochMilli(fallbackTime) : Instant.parse(time);
        } catch (DateTimeParseException e) {
            // ce_time only feeds the lag gauge: a bad one must not stop the projection.
            return Instant.ofEpochMilli(fallbackTime);
        }
    }
}
