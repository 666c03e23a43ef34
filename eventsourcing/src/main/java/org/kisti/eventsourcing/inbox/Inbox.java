package org.kisti.eventsourcing.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.kisti.platform.parking.EventTypes;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.parking.ParkedRecord;
import org.kisti.platform.parking.ParkedRecords;

/**
 * How a write service learns other contexts' facts: its own consumer group on the topics its {@link InboxView}s read,
 * each record handled in one transaction of the service's database together with a row naming the CloudEvent id
 * ({@code inbox_handled}), so a redelivered record changes nothing: exactly-once effect on at-least-once delivery. One
 * thread reads every partition in offset order, so each aggregate's facts apply in their order. A record this service
 * cannot read is parked ({@code parked_record}), never skipped, and the aggregate's later records wait behind it; a
 * failure of the database is retried, in place, until it passes. Offsets are committed after the records are handled.
 */
@Singleton
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    @Inject
    Instance<InboxView> declared;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    EventTypes types;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private final AtomicLong parked = new AtomicLong();
    private volatile boolean running;
    private volatile Thread reader;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Map<String, List<InboxView>> viewsByTopic = Map.of();
    private Counter handled;

    void start(@Observes StartupEvent event) {
        viewsByTopic = declared.stream().collect(Collectors.groupingBy(InboxView::topic));
        if (viewsByTopic.isEmpty()) {
            return; // this service acts on no other context's facts
        }
        Gauge.builder("kisti.parked.records", parked, AtomicLong::get)
                .description("Records the service could not apply, waiting for a fix and a replay")
                .register(metrics);
        handled = Counter.builder("kisti.inbox.handled").description("Records applied by the inbox").register(metrics);
        replayParked();
        running = true;
        reader = new Thread(this::read, "kisti-inbox");
        reader.setDaemon(true);
        reader.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (reader != null) {
            reader.join(Duration.ofSeconds(10).toMillis());
        }
    }

    public boolean isReading() {
        return viewsByTopic.isEmpty() || (reader != null && reader.isAlive());
    }

    public Set<String> topics() {
        return viewsByTopic.keySet();
    }

    public long parkedCount() {
        return parked.get();
    }

    /**
     * Applies every parked record the code of this service can now read, in arrival order; a record that still fails
     * stays parked, and so do its aggregate's later records. The operator's step after an upgrade or a fix (it also
     * runs at every start).
     *
     * @return how many records were applied
     */
    public synchronized int replayParked() {
        List<ParkedRecord> waiting = inTransaction(ParkedRecords::waiting);
        Set<String> blocked = new java.util.HashSet<>();
        int applied = 0;
        for (ParkedRecord record : waiting) {
            if (record.subject() != null && blocked.contains(record.subject())) {
                continue;
            }
            InboxRecord inboxRecord = InboxRecord.of(record);
            try {
                InboxEvent event = inboxRecord.event(types);
                inTransaction(connection -> {
                    applyToViews(inboxRecord.topic, event, connection);
                    ParkedRecords.replayed(connection, record.eventId());
                    return null;
                });
                applied++;
            } catch (InboxRecord.Unreadable | RuntimeException e) {
                LOG.warnf("parked record %s stays parked: %s", record.eventId(), e.getMessage());
                blocked.add(record.subject());
            }
        }
        refreshParkedCount();
        return applied;
    }

    /**
     * Reads until the service stops. A failure of the consumer (a lost group membership, a broker away too long)
     * closes it and opens a new one, which resumes from the last committed offsets: records handled since are
     * redelivered and recognised.
     */
    private void read() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig())) {
                consumer = kafka;
                kafka.subscribe(viewsByTopic.keySet());
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                        handleUntilDone(InboxRecord.of(record));
                    }
                    kafka.commitSync();
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                LOG.warn("the inbox's consumer failed; reopening it", e);
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    /** Handles one record, retrying a failure of the database in place: the partition must not move past it. */
    private void handleUntilDone(InboxRecord record) {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                handle(record);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("cannot handle %s yet, retrying in %s: %s", record.position(), backoff, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    void handle(InboxRecord record) {
        try {
            boolean parkedIt = inTransaction(connection -> {
                if (!claim(connection, record)) {
                    return false; // handled before: a redelivery
                }
                String waitingFor = ParkedRecords.waitingFor(connection, record.subject);
                if (waitingFor != null) {
                    park(connection, record, "waits behind parked record " + waitingFor + " of the same aggregate");
                    return true;
                }
                InboxEvent event;
                try {
                    event = record.event(types);
                } catch (InboxRecord.Unreadable unreadable) {
                    park(connection, record, unreadable.getMessage());
                    return true;
                }
                applyToViews(record.topic, event, connection);
                return false;
            });
            if (parkedIt) {
                refreshParkedCount();
            } else if (handled != null) {
                handled.increment();
            }
        } catch (RuntimeException failure) {
            String refusal = refusalIn(failure);
            if (refusal != null) {
                // A process's command refused by a rule will be refused again: park it with the reason.
                parkAlone(record, "a command it caused was refused: " + refusal);
                return;
            }
            if (!(failure instanceof InboxFailure) || !isBadData(failure.getCause())) {
                throw failure;
            }
            // The view cannot store this fact: park it (in a transaction of its own) rather than stop every later one.
            parkAlone(record, "the view cannot store it: " + failure.getCause().getMessage());
        }
    }

    private void parkAlone(InboxRecord record, String reason) {
        inTransaction(connection -> {
            if (claim(connection, record)) {
                park(connection, record, reason);
            }
            return null;
        });
        refreshParkedCount();
    }

    /** A rule's refusal somewhere in the causes (a 4xx, not an outage), in words; null if there is none. */
    private static String refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessRuleViolation || cause instanceof AggregateNotFoundException
                    || cause instanceof AggregateStreamCreationException
                    || (cause instanceof ProblemException problem && problem.status() < 500)) {
                return cause.getMessage();
            }
        }
        return null;
    }

    private void applyToViews(String topic, InboxEvent event, Connection connection) throws SQLException {
        for (InboxView view : viewsByTopic.getOrDefault(topic, List.of())) {
            view.apply(event, connection);
        }
    }

    private static boolean claim(Connection connection, InboxRecord record) throws SQLException {
        String sql = """
                insert into inbox_handled (event_id, topic, kafka_partition, kafka_offset) values (?, ?, ?, ?)
                on conflict (event_id) do nothing""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, record.eventId);
            insert.setString(2, record.topic);
            insert.setInt(3, record.partition);
            insert.setLong(4, record.offset);
            return insert.executeUpdate() == 1;
        }
    }

    /** The count is refreshed from the table once the parking transaction has committed. */
    private static void park(Connection connection, InboxRecord record, String reason) throws SQLException {
        LOG.warnf("parking %s (%s): %s", record.position(), record.eventId, reason);
        ParkedRecords.park(connection, record.parked(reason));
    }

    private void refreshParkedCount() {
        parked.set(inTransaction(ParkedRecords::waitingCount));
    }

    /** SQL states of class 22 (data exception) and 23 (integrity violation): retrying will not help. */
    private static boolean isBadData(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"));
    }

    private <T> T inTransaction(SqlWork<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new InboxFailure(e);
            }
        });
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, application + "-inbox");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        // After a crash the group gives the partitions to the restarted service within 10 s, not the default 45 s.
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        // A database outage is retried in place; give it time before the group reassigns the partitions.
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(10).toMillis());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A database failure while handling a record, carried out of the transaction with its SQL state. */
    private static final class InboxFailure extends RuntimeException {
        InboxFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
