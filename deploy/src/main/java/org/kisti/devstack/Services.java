package org.kisti.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four Quarkus services, each its packaged jar in its own JVM, pointed at the dev stack's PostgreSQL, Kafka and
 * token key by system properties (which beat application.properties), so the services need no dev profile.
 */
final class Services implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Wiring wiring;
    private final Map<KistiService, ChildProcess> running = new EnumMap<>(KistiService.class);
    private volatile boolean closed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Everything a service needs from the rest of the stack. */
    record Wiring(Path repoRoot, Path logDir, Path runDir, Map<KistiService, Integer> ports, Postgres postgres,
                  String kafkaBootstrap, Path publicKeyPem, Map<String, String> extraProperties) {
    }

    static Path jar(Path repoRoot, KistiService service) {
        return repoRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Fails with one message naming every jar that is not built, before anything is started. */
    static void requireJars(Path repoRoot) {
        List<String> missing = new ArrayList<>();
        for (KistiService service : KistiService.values()) {
            if (!Files.isRegularFile(jar(repoRoot, service))) {
                missing.add(jar(repoRoot, service).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Service jars not built: " + String.join(", ", missing)
                    + ". Build first: mvn -B install -DskipTests (deploy/run.sh does it unless --no-build).");
        }
    }

    Services(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Starts all four JVMs at once, so they boot in parallel. */
    synchronized void launch() throws IOException {
        requireJars(wiring.repoRoot());
        for (KistiService service : KistiService.values()) {
            if (closed) {
                return;
            }
            running.put(service, ChildProcess.startJava(service.module(), jvmArgs(wiring, service),
                    wiring.repoRoot(), wiring.logDir().resolve(service.module() + ".log"), wiring.runDir()));
        }
    }

    private static List<String> jvmArgs(Wiring wiring, KistiService service) {
        String db = service.database();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", wiring.ports().get(service).toString());
        properties.put("quarkus.datasource.jdbc.url", wiring.postgres().jdbcUrl(db));
        // Harmless for a service without a reactive datasource.
        properties.put("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + wiring.postgres().port() + "/" + db);
        properties.put("quarkus.datasource.username", Postgres.USER);
        properties.put("quarkus.datasource.password", Postgres.PASSWORD);
        properties.put("kafka.bootstrap.servers", wiring.kafkaBootstrap());
        properties.put("mp.jwt.verify.publickey.location", wiring.publicKeyPem().toAbsolutePath().toString());
        properties.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        properties.put("disable-axoniq-console-message", "true");
        properties.putAll(wiring.extraProperties());

        List<String> args = new ArrayList<>(List.of(
                "-Xmx256m",
                // Four JVMs plus a broker share two cores: fewer GC threads, less contention at boot.
                "-XX:+UseSerialGC"));
        properties.forEach((key, value) -> args.add("-D" + key + "=" + value));
        args.add("-jar");
        args.add(jar(wiring.repoRoot(), service).toString());
        return args;
    }

    /**
     * Waits until each service's readiness check answers 200 (database, Kafka and whatever else it checks are up),
     * printing a line per service as it gets there. Fails at once if one exits, or when the timeout is over.
     */
    void awaitReady(Duration timeout, PrintStream out) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long nextProgress = started + Duration.ofSeconds(10).toNanos();
        Map<KistiService, Integer> waiting = new EnumMap<>(wiring.ports());
        while (!waiting.isEmpty()) {
            if (closed) {
                throw new IllegalStateException("Stopped while waiting for the services");
            }
            for (var it = waiting.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                ChildProcess process = running.get(entry.getKey());
                if (!process.isAlive()) {
                    throw failure(process, "exited with code " + process.process().exitValue());
                }
                if (isReady(entry.getValue())) {
                    out.printf("  %-18s ready in %4.1f s  (pid %d)%n", process.name(), seconds(started), process.pid());
                    it.remove();
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw failure(running.get(waiting.keySet().iterator().next()),
                        "not ready within " + timeout.toSeconds() + " s");
            }
            if (System.nanoTime() > nextProgress) {
                out.printf("  ... %.0f s, still waiting for %s%n", seconds(started),
                        waiting.keySet().stream().map(KistiService::module).toList());
                nextProgress += Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(250);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private boolean isReady(int port) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static IllegalStateException failure(ChildProcess process, String what) {
        return new IllegalStateException(process.name() + " " + what + ". Last lines of " + process.log() + ":\n"
                + process.tail(40));
    }

    /** Kills one service with SIGKILL, as a crash or the OOM killer would, and starts it again, ready. */
    void killAndRestart(KistiService service, Duration timeout, PrintStream out)
            throws IOException, InterruptedException {
        kill(service, out);
        start(service, timeout, out);
    }

    /** SIGKILL: no shutdown hook runs, in-flight requests and transactions die with the JVM. */
    synchronized void kill(KistiService service, PrintStream out) throws InterruptedException {
        ChildProcess process = running.get(service);
        process.process().destroyForcibly();
        process.process().waitFor();
        out.printf("  %-18s killed (SIGKILL)%n", process.name());
    }

    /** Starts a service that was killed, on the same database and broker; returns when it is ready. */
    void start(KistiService service, Duration timeout, PrintStream out) throws IOException, InterruptedException {
        synchronized (this) {
            if (running.get(service).isAlive()) {
                throw new IllegalStateException(service.module() + " is running");
            }
            running.put(service, ChildProcess.startJava(service.module(), jvmArgs(wiring, service),
                    wiring.repoRoot(), wiring.logDir().resolve(service.module() + ".log"), wiring.runDir()));
        }
        awaitReady(timeout, out);
    }

    Map<KistiService, ChildProcess> processes() {
        return new EnumMap<>(running);
    }

    /** Stops the services together (each gets the same 20 s grace), so a stop takes 20 s at worst, not 80. */
    @Override
    public synchronized void close() {
        closed = true;
        List<Thread> stoppers = running.values().stream()
                .map(process -> new Thread(() -> process.stop(STOP_GRACE), "stop-" + process.name()))
                .toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
    }
}
