package org.kisti.eventsourcing.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.jboss.logging.Logger;
import org.kisti.eventsourcing.axon.AxonRuntime;

/**
 * How many stored events the relay has not yet published: the events stored after its token, counted, not the
 * difference of two positions (the store's global index has gaps where a transaction rolled back). 0 when caught up,
 * however long the service has been idle. Measured on a schedule, so a metrics scrape never queries the database.
 */
@Singleton
public class RelayLag {

    private static final Logger LOG = Logger.getLogger(RelayLag.class);

    private final AtomicLong eventsBehind = new AtomicLong();

    @Inject
    AxonRuntime axon;

    @Inject
    DataSource dataSource;

    @Inject
    void register(MeterRegistry metrics) {
        Gauge.builder("kisti.relay.lag", eventsBehind, AtomicLong::get)
                .description("Events stored but not yet published to Kafka")
                .baseUnit("events")
                .register(metrics);
    }

    public long eventsBehind() {
        return eventsBehind.get();
    }

    @Scheduled(every = "${kisti.relay.lag-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        OptionalLong running = axon.eventProcessor(KafkaRelay.PROCESSOR, TrackingEventProcessor.class)
                .flatMap(processor -> processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .map(position -> position.isPresent() ? position.getAsLong() : -1L)
                        .min(Long::compare))
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
        try (Connection connection = dataSource.getConnection()) {
            long published = running.isPresent() ? running.getAsLong() : storedPosition(connection);
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from domain_event_entry where global_index > ?")) {
                count.setLong(1, published);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    eventsBehind.set(row.getLong(1));
                }
            }
        } catch (SQLException e) {
            LOG.debugf("cannot measure the relay's lag now: %s", e.getMessage());
        }
    }

    /**
     * Where the relay's stored token stands, while this instance has not claimed it yet (after a crash, until the
     * dead instance's claim times out): without it the lag read every event ever stored for those seconds (the
     * fault harness saw 2,111 behind on an idle relay). -1 before the first token.
     */
    private static long storedPosition(Connection connection) throws SQLException {
        try (PreparedStatement token = connection.prepareStatement("select min((token::jsonb ->> 'index')::bigint)"
                + " from token_entry where processor_name = ? and token is not null")) {
            token.setString(1, KafkaRelay.PROCESSOR);
            try (ResultSet row = token.executeQuery()) {
                row.next();
                long index = row.getLong(1);
                return row.wasNull() ? -1 : index;
            }
        }
    }
}
