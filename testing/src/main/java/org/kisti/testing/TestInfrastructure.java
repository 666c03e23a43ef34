package org.kisti.testing;

/** A real Kafka broker and a real PostgreSQL for one test JVM, however they were obtained. */
interface TestInfrastructure {
    String kafkaBootstrapServers();

    /** A JDBC URL of a database created for this test JVM alone. */
    String jdbcUrl();

    String username();

    String password();

    String describe();
}
