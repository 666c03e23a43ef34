package org.kisti.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a running stack holds, read from outside as an auditor would: the write stores' events, how many of them the
 * reporting projection has applied, a topic from offset 0. For the benchmarks and the fault harness.
 */
public final class Readings {

    private static final List<KistiService> WRITERS = List.of(KistiService.MEMBER, KistiService.SAVINGS,
            KistiService.LOAN);

    private Readings() {}

    public static Connection connect(DevStack stack, KistiService service) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(service), stack.postgresUser(), stack.postgresPassword());
    }

    /** Events in the three write services' stores. */
    public static long storedEvents(DevStack stack) throws SQLException {
        long total = 0;
        for (KistiService writer : WRITERS) {
            total += single(stack, writer, "select count(*) from domain_event_entry");
        }
        return total;
    }

    /** Events the projection has applied: over every aggregate, its applied position plus one. */
    public static long projectedEvents(DevStack stack) throws SQLException {
        return single(stack, KistiService.REPORTING, "select coalesce(sum(last_sequence + 1), 0) from applied_position");
    }

    /**
     * Collection sheets whose savings lines savings-service has not handled yet: it moves them from the sheet's fact
     * through its inbox, after the sheet is stored and projected, so "caught up" waits for it too.
     */
    public static long sheetsAwaitingSavings(DevStack stack) throws SQLException {
        List<String> sheets = new ArrayList<>();
        try (Connection connection = connect(stack, KistiService.LOAN); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select event_identifier from domain_event_entry where"
                        + " payload_type like '%.CollectionSheetPosted'")) {
            while (rows.next()) {
                sheets.add(rows.getString(1));
            }
        }
        if (sheets.isEmpty()) {
            return 0;
        }
        try (Connection connection = connect(stack, KistiService.SAVINGS);
                PreparedStatement query = connection.prepareStatement("select count(*) from inbox_handled"
                        + " where event_id = any(?)")) {
            query.setArray(1, connection.createArrayOf("varchar", sheets.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return sheets.size() - row.getLong(1);
            }
        }
    }

    private static long single(DevStack stack, KistiService service, String sql) throws SQLException {
        try (Connection connection = connect(stack, service); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Reads the topics from offset 0 to their ends as they are now, handing each record over in partition order (a
     * key's records keep their order); returns how many were read.
     */
    public static long readFromStart(DevStack stack, Collection<String> topics,
            Consumer<ConsumerRecord<String, byte[]>> each) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    each.accept(record);
                    read++;
                }
            }
            return read;
        }
    }
}
