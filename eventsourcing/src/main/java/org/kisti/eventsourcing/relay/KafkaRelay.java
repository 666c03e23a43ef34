package org.kisti.eventsourcing.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kisti.events.EventJson;
import org.kisti.events.KistiEvent;

/**
 * Publishes every stored event to the service's Kafka topic, at least once and in stored order. It runs in a tracking
 * processor whose token lives in the same database as the events, so after a crash it resumes where it left off; a
 * record may then be sent twice, which is why consumers keep the last sequence they applied per aggregate.
 *
 * <p>Sends are pipelined: every event of a batch is handed to the producer at once, and the batch's token moves only
 * after the broker has acknowledged all of them (the wait runs before the batch's transaction commits; a failed send
 * rolls the batch back and it is sent again). The idempotent producer keeps each partition's order with up to five
 * requests in flight, and an aggregate's events share a partition (key = aggregate id), so per-aggregate order holds.
 */
@Singleton
@ProcessingGroup(KafkaRelay.PROCESSOR)
public class KafkaRelay {

    public static final String PROCESSOR = "kafka-relay";
    private static final long SEND_TIMEOUT_SECONDS = 60;
    private static final String PENDING_ACKS = KafkaRelay.class.getName() + ".pendingAcks";

    private final ObjectMapper json = EventJson.newMapper();
    private final Producer<String, byte[]> producer;
    private final String topic;
    private final String source;
    private final Counter published;

    @Inject
    public KafkaRelay(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "kisti.relay.topic") String topic,
            @ConfigProperty(name = "kisti.relay.source") String source,
            MeterRegistry metrics) {
        this.topic = topic;
        this.source = source;
        this.producer = new KafkaProducer<>(producerConfig(bootstrapServers));
        this.published = Counter.builder("kisti.relay.published")
                .description("Stored events published to Kafka")
                .tag("topic", topic)
                .register(metrics);
    }

    @EventHandler
    public void on(KistiEvent event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            throw new IllegalStateException("the relay reads only the event store, got " + message.getClass());
        }
        Future<RecordMetadata> sent = producer.send(CloudEventRecord.of(topic, source, event, domainEvent, json));
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(PENDING_ACKS, key -> {
            List<Future<RecordMetadata>> pending = new ArrayList<>();
            // Waiting for every ack before the token moves on is what makes the relay at-least-once.
            batch.onPrepareCommit(unitOfWork -> awaitAcks(pending));
            return pending;
        }).add(sent);
    }

    private void awaitAcks(List<Future<RecordMetadata>> pending) {
        try {
            for (Future<RecordMetadata> ack : pending) {
                ack.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge the batch; it will be sent again", e);
        }
        published.increment(pending.size());
    }

    @PreDestroy
    void close() {
        producer.close();
    }

    private static Properties producerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // A few milliseconds of batching turns a burst of events into a few requests.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }
}
