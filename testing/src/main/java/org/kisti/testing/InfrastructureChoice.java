package org.kisti.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Picks the test infrastructure once per JVM. {@code KISTI_TEST_INFRA} (environment variable or system property)
 * forces {@code embedded}, {@code testcontainers} or {@code external}; by default servers named by
 * {@code KISTI_TEST_KAFKA_BOOTSTRAP} and {@code KISTI_TEST_JDBC_URL} win, then Docker if an engine answers, then the
 * embedded servers.
 */
final class InfrastructureChoice {

    private static final Logger LOG = Logger.getLogger(InfrastructureChoice.class);
    private static TestInfrastructure shared;

    private InfrastructureChoice() {}

    static synchronized TestInfrastructure shared() {
        if (shared == null) {
            long started = System.nanoTime();
            shared = start(settingOr("KISTI_TEST_INFRA", "auto"));
            LOG.infof("test infrastructure: %s (%d ms)", shared.describe(), (System.nanoTime() - started) / 1_000_000);
        }
        return shared;
    }

    private static TestInfrastructure start(String choice) {
        switch (choice) {
            case "embedded":
                return embedded();
            case "testcontainers":
                return containers();
            case "external":
                return ExternalInfrastructure.fromEnvironment();
            case "auto":
                if (setting("KISTI_TEST_KAFKA_BOOTSTRAP") != null && setting("KISTI_TEST_JDBC_URL") != null) {
                    return ExternalInfrastructure.fromEnvironment();
                }
                return dockerAnswers() ? containers() : embedded();
            default:
                throw new IllegalStateException("KISTI_TEST_INFRA must be embedded, testcontainers, external or auto, not " + choice);
        }
    }

    private static TestInfrastructure embedded() {
        try {
            EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure();
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "kisti-test-infra-stop"));
            return infrastructure;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded Kafka and PostgreSQL", e);
        }
    }

    private static TestInfrastructure containers() {
        ContainerInfrastructure infrastructure = new ContainerInfrastructure();
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "kisti-test-infra-stop"));
        return infrastructure;
    }

    /** A cheap look first (a socket or DOCKER_HOST), so machines without Docker never wait on Testcontainers' probe. */
    private static boolean dockerAnswers() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    static String settingOr(String name, String fallback) {
        String value = setting(name);
        return value == null ? fallback : value;
    }
}
