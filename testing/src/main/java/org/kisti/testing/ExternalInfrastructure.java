package org.kisti.testing;

/** Servers someone else runs, named by environment variables (a CI service container, a shared test cluster). */
record ExternalInfrastructure(String kafkaBootstrapServers, String jdbcUrl, String username, String password)
        implements TestInfrastructure {

    static ExternalInfrastructure fromEnvironment() {
        String kafka = InfrastructureChoice.setting("KISTI_TEST_KAFKA_BOOTSTRAP");
        String jdbc = InfrastructureChoice.setting("KISTI_TEST_JDBC_URL");
        String user = InfrastructureChoice.settingOr("KISTI_TEST_DB_USER", "postgres");
        String password = InfrastructureChoice.settingOr("KISTI_TEST_DB_PASSWORD", "postgres");
        if (kafka == null || jdbc == null) {
            throw new IllegalStateException("external test infrastructure needs KISTI_TEST_KAFKA_BOOTSTRAP and KISTI_TEST_JDBC_URL");
        }
        return new ExternalInfrastructure(kafka, Databases.createFresh(jdbc, user, password), user, password);
    }

    @Override
    public String describe() {
        return "external Kafka at " + kafkaBootstrapServers + ", external PostgreSQL at " + jdbcUrl;
    }
}
