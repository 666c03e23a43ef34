package org.kisti.reporting.projection;

import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;
import org.kisti.events.EventCatalog;
import org.kisti.platform.parking.ParkedRecord;
import org.kisti.platform.parking.ParkedRecords;
import org.kisti.reporting.parking.Parking;

/**
 * Rebuilds the projection from offset 0 into fresh tables, then switches to them: the schema {@value #NEXT} is
 * migrated afresh, every record of the three topics up to their ends when the rebuild began is applied into it as the
 * live consumers would (parked alike), the replayed loans' standing is derived ({@link LoanStandings#drain}), the
 * organisations' classification policies are copied over (they are not projected facts), and the schemas are
 * swapped: the old one is kept, renamed {@code projection_retired_<time>}.
 * The live consumers are held meanwhile ({@link ProjectionGate}), so reports keep answering from the old tables,
 * unchanged, until the switch; then they go on from their own offsets, and what the rebuild already applied they find
 * applied (the aggregates' positions), so nothing is applied twice or missed.
 */
@ApplicationScoped
public class ProjectionRebuild {

    static final String NEXT = "projection_next";
    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final DateTimeFormatter RETIRED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final DataSource dataSource;
    private final ProjectionConsumer reader;
    private final Projector projector;
    private final Parking parking;
    private final ProjectionGate gate;
    private final LoanStandings standings;
    private final String bootstrapServers;

    public ProjectionRebuild(DataSource dataSource, ProjectionConsumer reader, Projector projector, Parking parking,
            ProjectionGate gate, LoanStandings standings,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.projector = projector;
        this.parking = parking;
        this.gate = gate;
        this.standings = standings;
        this.bootstrapServers = bootstrapServers;
    }

    /** What a rebuild did. */
    public record Outcome(long records, long applied, long parked, String retiredSchema) {}

    /** Blocking, one at a time: an operator's command. */
    public synchronized Outcome rebuild() throws Throwable {
        sql("drop schema if exists " + NEXT + " cascade", "create schema " + NEXT);
        Flyway.configure().dataSource(dataSource).schemas(NEXT).defaultSchema(NEXT)
                .locations("classpath:db/migration").load().migrate();
        try {
            gate.close(Duration.ofSeconds(60));
            Outcome outcome = replay();
            long loans = standings.drain(NEXT);
            String retired = "projection_retired_" + LocalDateTime.now().format(RETIRED);
            // Locked so that no policy recorded meanwhile is left behind in the retired schema.
            sql("lock table public.classification_policy in exclusive mode",
                    "insert into " + NEXT + ".classification_policy select * from public.classification_policy",
                    "alter schema public rename to " + retired, "alter schema " + NEXT + " rename to public");
            parking.refresh();
            LOG.infof("projection rebuilt from offset 0: %d records, %d applied, %d parked, %d loans' standing;"
                    + " old tables in %s", outcome.records(), outcome.applied(), outcome.parked(), loans, retired);
            return new Outcome(outcome.records(), outcome.applied(), outcome.parked(), retired);
        } catch (Throwable e) {
            sql("drop schema if exists " + NEXT + " cascade");
            throw e;
        } finally {
            gate.open();
        }
    }

    private Outcome replay() throws Throwable {
        long records = 0;
        long applied = 0;
        long parked = 0;
        Set<String> held = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(EventCatalog.MEMBERS_TOPIC, EventCatalog.SAVINGS_TOPIC,
                    EventCatalog.LOANS_TOPIC)) {
                for (PartitionInfo info : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(partition)) {
                        continue; // arrived after the rebuild began: the live consumer applies it after the switch
                    }
                    records++;
                    ProjectionConsumer.Reading reading = reader.reading(record, held::contains);
                    if (reading.parkedFor() != null) {
                        park(record, reading.subject(), reading.parkedFor());
                        held.add(reading.subject());
                        parked++;
                        continue;
                    }
                    boolean done = VertxContextSupport.subscribeAndAwait(() -> projector.apply(
                            Projector.RecordPosition.of(record), reading.envelope().subject(),
                            reading.envelope().sequence(), reading.event(), NEXT));
                    applied += done ? 1 : 0;
                }
            }
        }
        return new Outcome(records, applied, parked, null);
    }

    private void park(ConsumerRecord<String, byte[]> record, String subject, String reason) throws SQLException {
        ParkedRecord parked = Parking.parkedRecord(record, subject, reason);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local search_path to " + NEXT);
            }
            ParkedRecords.park(connection, parked);
            connection.commit();
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Statements in one transaction. */
    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        }
    }
}
