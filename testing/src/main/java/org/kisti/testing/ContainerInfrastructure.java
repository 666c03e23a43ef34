package org.kisti.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same real servers as Docker containers, for machines where a Docker engine answers. */
final class ContainerInfrastructure implements TestInfrastructure {

    private static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
    private static final String POSTGRES_IMAGE = "postgres:18";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
    private final String jdbcUrl;

    ContainerInfrastructure() {
        kafka.start();
        postgres.start();
        jdbcUrl = Databases.createFresh(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public String describe() {
        return "Testcontainers " + KAFKA_IMAGE + " and " + POSTGRES_IMAGE;
    }

    void stop() {
        kafka.stop();
        postgres.stop();
    }
}
