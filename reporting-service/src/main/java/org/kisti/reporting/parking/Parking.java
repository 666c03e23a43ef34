package org.kisti.reporting.parking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.kisti.events.CloudEventHeaders;
import org.kisti.platform.parking.ParkedRecord;
import org.kisti.platform.parking.ParkedRecords;

/**
 * The projection's parked records: what it could not apply is kept whole in {@code parked_record}, never skipped with
 * its offset committed, and the aggregate's later records wait behind it. The aggregates with a waiting record are
 * held in memory too, so the common path (nothing parked) costs no query.
 */
@ApplicationScoped
public class Parking {

    private static final Logger LOG = Logger.getLogger(Parking.class);

    private final DataSource dataSource;
    private final Set<String> waitingSubjects = ConcurrentHashMap.newKeySet();
    private final AtomicLong waiting = new AtomicLong();

    public Parking(DataSource dataSource, MeterRegistry metrics) {
        this.dataSource = dataSource;
        Gauge.builder("kisti.parked.records", waiting, AtomicLong::get)
                .description("Records the projection could not apply, waiting for a fix and a replay")
                .register(metrics);
    }

    void load(@Observes StartupEvent event) {
        refresh();
    }

    public long waitingCount() {
        return waiting.get();
    }

    /** True if a record of this aggregate waits in the table: this one must wait behind it. */
    public boolean holdsBack(String subject) {
        return subject != null && waitingSubjects.contains(subject);
    }

    /** Parks the record, off the event loop (plain JDBC). A redelivery of a parked record is parked once. */
    public Uni<Void> park(ConsumerRecord<String, byte[]> record, String subject, String reason) {
        ParkedRecord parked = parkedRecord(record, subject, reason);
        return Uni.createFrom().item(() -> {
            LOG.warnf("parking %s-%d@%d (%s): %s", record.topic(), record.partition(), record.offset(),
                    parked.eventId(), reason);
            boolean isNew = jdbc(connection -> ParkedRecords.park(connection, parked));
            if (parked.subject() != null) {
                waitingSubjects.add(parked.subject());
            }
            if (isNew) {
                waiting.incrementAndGet();
            }
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
    }

    public List<ParkedRecord> waiting() {
        return jdbc(ParkedRecords::waiting);
    }

    public void replayed(ParkedRecord record) {
        jdbc(connection -> {
            ParkedRecords.replayed(connection, record.eventId());
            return null;
        });
    }

    /** Reloads the count and the held-back aggregates from the table (at start and after a replay). */
    public void refresh() {
        jdbc(connection -> {
            java.util.Set<String> subjects = ParkedRecords.waitingSubjects(connection);
            waitingSubjects.retainAll(subjects);
            waitingSubjects.addAll(subjects);
            waiting.set(ParkedRecords.waitingCount(connection));
            return null;
        });
    }

    /** The record kept whole, with the reason (at most 500 characters) and its CloudEvent id or its position. */
    public static ParkedRecord parkedRecord(ConsumerRecord<String, byte[]> record, String subject, String reason) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        String position = record.topic() + "-" + record.partition() + "@" + record.offset();
        return new ParkedRecord(headers.getOrDefault(CloudEventHeaders.ID, position), record.topic(),
                record.partition(), record.offset(), subject != null ? subject : record.key(),
                headers.get(CloudEventHeaders.TYPE), headers, record.value(),
                reason.length() > 500 ? reason.substring(0, 500) : reason);
    }

    private <T> T jdbc(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach parked_record", e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
