package org.kisti.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL (zonky's embedded binaries) whose data directory lives in the dev stack's home, so it
 * survives restarts. zonky runs initdb with trust authentication for the superuser "postgres": any password is
 * accepted, we hand the services "postgres".
 */
final class Postgres implements AutoCloseable {
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;

    private Postgres(EmbeddedPostgres postgres, Path dataDir, int port) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
    }

    static Postgres start(Path dataDir, Path log, int port) throws IOException {
        Files.createDirectories(dataDir.getParent());
        Files.createDirectories(log.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false) // keep the data across restarts; --fresh deletes the home instead
                .setRegisterShutdownHook(false) // the dev stack stops PostgreSQL last, after the services
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Four services, each with JDBC and reactive pools.
                .setServerConfig("max_connections", "200")
                // zonky turns synchronous commits off for speed; a ledger cannot have that: a crash (kill -9, power
                // cut) would lose transactions already answered 201 and already relayed to Kafka. Found by
                // deploy/chaos.sh (docs/reliability.md).
                .setServerConfig("synchronous_commit", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new Postgres(postgres, dataDir, port);
    }

    /** Creates each database that does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
    void createDatabases(Collection<String> names) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            for (String name : names) {
                exists.setString(1, name);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        }
    }

    /**
     * A dev stack that was SIGKILLed leaves its postmaster running on our data directory, and a second one
     * would refuse to start: ask the old one to shut down (SIGTERM, "smart": its clients are gone by now).
     */
    static void stopLeftoverPostmaster(Path dataDir) throws IOException {
        long pid = postmasterPid(dataDir);
        if (pid <= 0) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .ifPresent(postmaster -> {
                    System.out.printf("Stopping PostgreSQL left over from an earlier run (pid %d)%n", pid);
                    postmaster.destroy();
                    postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(timeout -> {
                        postmaster.destroyForcibly();
                        return postmaster;
                    }).join();
                });
    }

    /** The running postmaster's pid from its lock file, or -1. */
    static long postmasterPid(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(lockFile)) {
            return -1;
        }
        try {
            return Long.parseLong(Files.readAllLines(lockFile).get(0).trim());
        } catch (RuntimeException torn) {
            return -1;
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    long pid() {
        try {
            return postmasterPid(dataDir);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Kills PostgreSQL as a power cut or the OOM killer would: SIGKILL to the postmaster and every backend, no
     * checkpoint, no shutdown record. The next start replays the write-ahead log, as after a crash.
     */
    void kill() {
        ProcessHandle.of(pid()).ifPresent(postmaster -> {
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().join();
            backends.forEach(backend -> backend.onExit().join());
        });
        try {
            // Finds no server to stop, and releases zonky's lock on the data directory, so it can start again.
            postgres.close();
        } catch (IOException | RuntimeException nothingToStop) {
            // Already dead: the kill was the point.
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
