package org.kisti.eventsourcing.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.DomainEventMessage;
import org.kisti.events.EventCatalog;
import org.kisti.events.KistiEvent;

/**
 * A stored event as a CloudEvents 1.0 Kafka record in binary mode: the event's JSON is the value, its envelope travels
 * in {@code ce_*} headers, and the aggregate id is the key so each aggregate's events stay in order on one partition.
 */
final class CloudEventRecord {

    static final String ORGANISATION = "ce_kistiorg";
    static final String SEQUENCE = "ce_kistisequence";
    static final String BUSINESS_DATE = "ce_kistibusinessdate";

    private CloudEventRecord() {}

    static ProducerRecord<String, byte[]> of(
            String topic, String source, KistiEvent event, DomainEventMessage<?> message, ObjectMapper json) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", message.getIdentifier());
        header(headers, "ce_source", source);
        header(headers, "ce_type", EventCatalog.ceType(event.getClass()));
        header(headers, "ce_subject", message.getAggregateIdentifier());
        header(headers, "ce_time", message.getTimestamp().toString());
        header(headers, "content-type", "application/json");
        header(headers, ORGANISATION, event.orgId());
        header(headers, SEQUENCE, Long.toString(message.getSequenceNumber()));
        header(headers, BUSINESS_DATE, event.businessDate().toString());
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
