package org.kisti.eventsourcing.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.DomainEventMessage;
import org.kisti.events.CloudEventHeaders;
import org.kisti.events.EventCatalog;
import org.kisti.events.KistiEvent;

/**
 * A stored event as a CloudEvents 1.0 Kafka record in binary mode: the event's JSON is the value, its envelope travels
 * in {@code ce_*} headers, and the aggregate id is the key so each aggregate's events stay in order on one partition.
 */
final class CloudEventRecord {

    private CloudEventRecord() {}

    static ProducerRecord<String, byte[]> of(
            String topic, String source, KistiEvent event, DomainEventMessage<?> message, ObjectMapper json) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, message.getIdentifier());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, EventCatalog.ceType(event.getClass()));
        header(headers, CloudEventHeaders.SUBJECT, message.getAggregateIdentifier());
        header(headers, CloudEventHeaders.TIME, message.getTimestamp().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(headers, CloudEventHeaders.ORGANISATION, event.orgId());
        header(headers, CloudEventHeaders.SEQUENCE, Long.toString(message.getSequenceNumber()));
        header(headers, CloudEventHeaders.BUSINESS_DATE, event.businessDate().toString());
        try {
            byte[] value = json.writeValueAsBytes(event);
            return new ProducerRecord<>(topic, null, message.getAggregateIdentifier(), value, headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
