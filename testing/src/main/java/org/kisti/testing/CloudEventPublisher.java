package org.kisti.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.kisti.events.CloudEventHeaders;
import org.kisti.events.EventCatalog;
import org.kisti.events.EventJson;
import org.kisti.events.KistiEvent;

/**
 * Publishes events to the test broker exactly as the write services' relay does (CloudEvents binary mode: key =
 * aggregate id, JSON value, {@code ce_*} headers), so the projection is tested against the real wire format.
 */
public final class CloudEventPublisher implements AutoCloseable {

    private final ObjectMapper json = EventJson.newMapper();
    private final KafkaProducer<String, byte[]> producer;

    public CloudEventPublisher() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config);
    }

    /** Publishes one event as the {@code sequence}-th (0-based) of its aggregate, on the topic its type belongs to. */
    public void publish(String topic, KistiEvent event, long sequence) {
        publish(topic, event, sequence, UUID.randomUUID().toString());
    }

    /** The same, with the CloudEvent id given: publishing it twice is what a relay's resend after a crash does. */
    public void publish(String topic, KistiEvent event, long sequence, String eventId) {
        send(topic, EventCatalog.ceType(event.getClass()), event.aggregateId(), event.orgId(), sequence,
                event.businessDate().toString(), json(event), eventId);
    }

    /** A record of any type, e.g. one this reader does not know yet. */
    public void send(String topic, String ceType, String aggregateId, String orgId, long sequence, String businessDate,
            byte[] value) {
        send(topic, ceType, aggregateId, orgId, sequence, businessDate, value, UUID.randomUUID().toString());
    }

    public void send(String topic, String ceType, String aggregateId, String orgId, long sequence, String businessDate,
            byte[] value, String eventId) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.SOURCE, "/kisti/tests");
        header(headers, CloudEventHeaders.TYPE, ceType);
        header(headers, CloudEventHeaders.SUBJECT, aggregateId);
        header(headers, CloudEventHeaders.TIME, Instant.now().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(headers, CloudEventHeaders.ORGANISATION, orgId);
        header(headers, CloudEventHeaders.SEQUENCE, Long.toString(sequence));
        header(headers, CloudEventHeaders.BUSINESS_DATE, businessDate);
        try {
            producer.send(new ProducerRecord<>(topic, null, aggregateId, value, headers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + topic, e.getCause());
        }
    }

    /** An event's JSON exactly as the relay writes it. */
    public byte[] json(KistiEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
