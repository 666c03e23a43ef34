package org.kisti.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Real servers without Docker: a single combined KRaft node from Kafka's own test kit, in this JVM, and the real
 * PostgreSQL binaries packaged by zonky, as a child process. The test kit is an internal Kafka API; this class is the
 * only place that touches it.
 */
final class EmbeddedInfrastructure implements TestInfrastructure {

    private final KafkaClusterTestKit kafka;
    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    EmbeddedInfrastructure() throws Exception {
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        // Under the module's target/, so `mvn clean` takes the broker's logs away with the rest.
                        .setBaseDirectory(Files.createDirectories(
                                Path.of("target", "kafka-test-kit-" + UUID.randomUUID()).toAbsolutePath()))
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        postgres = EmbeddedPostgres.builder().start();
        jdbcUrl = Databases.createFresh(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public String describe() {
        return "embedded Kafka test kit at " + kafkaBootstrapServers() + ", embedded PostgreSQL at " + jdbcUrl;
    }

    /**
     * Stops PostgreSQL, a child process that would otherwise outlive the JVM. The broker lives in this JVM and ends
     * with it: closing it from a shutdown hook, while Quarkus tears its class loaders down, is what can fail.
     */
    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; nothing more to do
        }
    }
}
