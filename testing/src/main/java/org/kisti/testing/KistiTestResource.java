package org.kisti.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.kisti.events.EventCatalog;

/**
 * The one test resource every {@code @QuarkusTest} of a service uses: a real Kafka broker and a real PostgreSQL,
 * started once per test JVM (see {@link InfrastructureChoice}), the topics created as the dev stack creates them, and
 * the service configured to trust {@link TestTokens}.
 */
public class KistiTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = InfrastructureChoice.shared();
        createTopics(infra.kafkaBootstrapServers());
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.jdbcUrl(),
                "quarkus.datasource.reactive.url", infra.jdbcUrl().substring("jdbc:".length()),
                "quarkus.datasource.username", infra.username(),
                "quarkus.datasource.password", infra.password(),
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "mp.jwt.verify.publickey", publicKey(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // The servers outlive each Quarkus application: they stop with the test JVM.
    }

    private static void createTopics(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            for (String topic : EventCatalog.TOPICS) {
                try {
                    admin.createTopics(java.util.List.of(new NewTopic(topic, 3, (short) 1)
                                    .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1"))))
                            .all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String publicKey() {
        try (InputStream in = KistiTestResource.class.getClassLoader().getResourceAsStream(TestTokens.PUBLIC_KEY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
