package org.kisti.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The whole system on one machine without Docker: PostgreSQL, a Kafka broker and the four services, each a real
 * process, with dev JWTs to call them. Both the {@code deploy/run.sh} main and the API the end-to-end tests use:
 * <pre>
 * try (DevStack stack = DevStack.start(DevStack.Options.defaults().home(tmp).fresh(true))) {
 *     given().auth().oauth2(stack.token("staff")).get(stack.serviceUrl(KistiService.LOAN) + "/...");
 * }
 * </pre>
 * Everything lives under one home directory (default {@code <repo>/.kisti}); it survives restarts unless fresh.
 */
public final class DevStack implements AutoCloseable {
    public static final List<String> TOPICS = List.of("kisti.members.v1", "kisti.savings.v1", "kisti.loans.v1");
    /** Written into the home on creation: --fresh only ever deletes a directory that carries it. */
    private static final String HOME_MARKER = ".kisti-devstack";

    /** Where and how to run. Mutable and fluent; {@link #defaults()} is what run.sh uses. */
    public static final class Options {
        private Path repoRoot;
        private Path home;
        private boolean fresh;
        private boolean infraOnly;
        private int postgresPort = 15432;
        private int kafkaPort = 19092;
        private int kafkaControllerPort = 19093;
        private final Map<KistiService, Integer> servicePorts = new EnumMap<>(KistiService.class);
        private Duration serviceTimeout = Duration.ofSeconds(120);
        private final Map<String, String> serviceProperties = new LinkedHashMap<>();
        private PrintStream out = System.out;

        private Options() {
            for (KistiService service : KistiService.values()) {
                servicePorts.put(service, service.defaultPort());
            }
        }

        public static Options defaults() {
            return new Options();
        }

        /**
         * A stack of its own beside a developer's (a benchmark's, the fault harness's): fresh, in {@code home},
         * PostgreSQL on {@code postgresPort}, Kafka on {@code kafkaPort} and the next port, each service on
         * {@code serviceBase} plus the last digit of its default port (member +1 ... reporting +4).
         */
        public static Options isolated(Path repoRoot, Path home, int postgresPort, int kafkaPort, int serviceBase) {
            Options options = new Options().repoRoot(repoRoot).home(home).fresh(true).postgresPort(postgresPort)
                    .kafkaPorts(kafkaPort, kafkaPort + 1);
            for (KistiService service : KistiService.values()) {
                options.servicePort(service, serviceBase + service.defaultPort() % 10);
            }
            return options;
        }

        /** The repository checkout holding the services' target directories; default: found upwards from cwd. */
        public Options repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot.toAbsolutePath().normalize();
            return this;
        }

        /** Where data, logs, keys and tokens live; default {@code <repoRoot>/.kisti}. */
        public Options home(Path home) {
            this.home = home.toAbsolutePath().normalize();
            return this;
        }

        /** Delete the home first: an empty database, no topics, new keys. */
        public Options fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        /** Only PostgreSQL and Kafka (and the tokens): for running a service from the IDE against them. */
        public Options infraOnly(boolean infraOnly) {
            this.infraOnly = infraOnly;
            return this;
        }

        public Options postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Options kafkaPorts(int brokerPort, int controllerPort) {
            this.kafkaPort = brokerPort;
            this.kafkaControllerPort = controllerPort;
            return this;
        }

        public Options servicePort(KistiService service, int port) {
            servicePorts.put(service, port);
            return this;
        }

        public Options serviceTimeout(Duration timeout) {
            this.serviceTimeout = timeout;
            return this;
        }

        /** An extra system property for every service JVM (e.g. a shorter poll interval in tests). */
        public Options serviceProperty(String key, String value) {
            serviceProperties.put(key, value);
            return this;
        }

        /** Where progress goes; System.out by default. */
        public Options out(PrintStream out) {
            this.out = out;
            return this;
        }

        public Path repoRoot() {
            if (repoRoot == null) {
                repoRoot = findRepoRoot(Path.of("").toAbsolutePath());
            }
            return repoRoot;
        }

        public Path home() {
            return home != null ? home : repoRoot().resolve(".kisti");
        }

        public boolean infraOnly() {
            return infraOnly;
        }

        /** The directory with both the parent pom and deploy/, looking upwards (tests run from their module). */
        private static Path findRepoRoot(Path from) {
            for (Path dir = from; dir != null; dir = dir.getParent()) {
                if (Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve("deploy/pom.xml"))) {
                    return dir;
                }
            }
            throw new IllegalStateException("No Kisti checkout at or above " + from + ": pass the repository root");
        }
    }

    private final Options options;
    private final Path home;
    private final DevTokens devTokens;
    private final Map<String, String> tokens;
    private final Thread shutdownHook = new Thread(this::stop, "devstack-shutdown");
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private Postgres postgres;
    private KafkaBroker kafka;
    private Services services;

    private DevStack(Options options, DevTokens devTokens, Map<String, String> tokens) {
        this.options = options;
        this.home = options.home();
        this.devTokens = devTokens;
        this.tokens = tokens;
    }

    /**
     * Starts PostgreSQL, then Kafka, then (unless infraOnly) the services, and returns once all are ready. On
     * failure stops whatever had started and throws. A JVM shutdown hook stops the stack if nobody calls stop().
     */
    public static DevStack start(Options options) throws Exception {
        Path home = options.home();
        if (!options.infraOnly()) {
            Services.requireJars(options.repoRoot()); // say so before anything starts
        }
        prepareHome(home, options.fresh);
        DevTokens devTokens = DevTokens.loadOrCreate(home.resolve("keys"));
        DevStack stack = new DevStack(options, devTokens, devTokens.mintStandard(home.resolve("tokens")));
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook); // also covers Ctrl-C during the start
        try {
            stack.startInfrastructure();
            if (!options.infraOnly()) {
                stack.startServices();
            }
            return stack;
        } catch (Exception | Error e) {
            stack.stop();
            throw e;
        }
    }

    private static void prepareHome(Path home, boolean fresh) throws IOException {
        if (fresh && Files.exists(home) && !Files.exists(home.resolve(HOME_MARKER))) {
            throw new IllegalStateException("Refusing to delete " + home + ": it is not a dev stack home (no "
                    + HOME_MARKER + ")");
        }
        // Whatever a hard-killed earlier run left holds our ports and files: stop it before deleting or reusing.
        ChildProcess.stopLeftovers(runDir(home));
        Postgres.stopLeftoverPostmaster(home.resolve("postgres"));
        if (fresh && Files.exists(home)) {
            try (Stream<Path> tree = Files.walk(home)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(home);
        if (!Files.exists(home.resolve(HOME_MARKER))) {
            Files.writeString(home.resolve(HOME_MARKER), "Kisti dev stack home: data, logs, keys, tokens.\n");
        }
    }

    private static Path runDir(Path home) {
        return home.resolve("run");
    }

    private Path logDir() {
        return home.resolve("logs");
    }

    private void startInfrastructure() throws Exception {
        PrintStream out = options.out;
        long t0 = System.nanoTime();
        Postgres pg = Postgres.start(home.resolve("postgres"), logDir().resolve("postgres.log"), options.postgresPort);
        synchronized (this) {
            postgres = pg;
            abortIfStopRequested();
        }
        pg.createDatabases(Arrays.stream(KistiService.values()).map(KistiService::database).toList());
        out.printf("PostgreSQL ready on port %d in %.1f s (databases %s)%n", pg.port(), seconds(t0),
                Arrays.stream(KistiService.values()).map(KistiService::database).toList());

        long t1 = System.nanoTime();
        KafkaBroker broker = launchKafka();
        broker.ensureTopics(TOPICS);
        out.printf("Kafka ready on %s in %.1f s (topics %s)%n", broker.bootstrapServers(), seconds(t1), TOPICS);
    }

    private KafkaBroker launchKafka() throws Exception {
        KafkaBroker broker = KafkaBroker.launch(home.resolve("kafka"),
                options.repoRoot().resolve("deploy/target/kafka-lib"), logDir(), runDir(home),
                options.kafkaPort, options.kafkaControllerPort);
        synchronized (this) {
            kafka = broker;
            abortIfStopRequested();
        }
        broker.awaitReady(Duration.ofSeconds(60));
        return broker;
    }

    private void startServices() throws Exception {
        options.out.printf("Starting %d services (logs in %s)%n", KistiService.values().length, logDir());
        Services.Wiring wiring = new Services.Wiring(options.repoRoot(), logDir(), runDir(home),
                Map.copyOf(options.servicePorts), postgres, kafka.bootstrapServers(), devTokens.publicKeyPem(),
                Map.copyOf(options.serviceProperties));
        Services launched = new Services(wiring);
        synchronized (this) {
            abortIfStopRequested();
            services = launched;
            launched.launch();
        }
        launched.awaitReady(options.serviceTimeout, options.out);
    }

    private void abortIfStopRequested() {
        if (stopRequested) {
            throw new IllegalStateException("Dev stack stopped while starting");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Stops the services and starts them again on the same PostgreSQL and Kafka (e.g. to test recovery). */
    public void restartServices() throws Exception {
        synchronized (this) {
            if (services != null) {
                services.close();
                services = null;
            }
        }
        startServices();
    }

    /** Kills one service hard (SIGKILL) and starts it again on the same PostgreSQL and Kafka; returns when ready. */
    public void killAndRestart(KistiService service) throws Exception {
        currentServices().killAndRestart(service, options.serviceTimeout, options.out);
    }

    /**
     * Kills one component hard, as a crash, the OOM killer or a pulled plug would (SIGKILL; for PostgreSQL the
     * postmaster and all its backends), and leaves it down: nothing runs its shutdown code. {@link #start} brings it
     * back on the same data and ports. The fault harness's way in.
     */
    public void kill(Component component) throws InterruptedException {
        if (component.service().isPresent()) {
            currentServices().kill(component.service().get(), options.out);
            return;
        }
        synchronized (this) {
            if (component == Component.POSTGRES) {
                postgres.kill();
            } else {
                kafka.kill();
            }
        }
        options.out.printf("  %-18s killed (SIGKILL)%n", component.label());
    }

    /** Starts a component {@link #kill killed} earlier, on the same data and ports; returns once it is ready. */
    public void start(Component component) throws Exception {
        if (component.service().isPresent()) {
            currentServices().start(component.service().get(), options.serviceTimeout, options.out);
        } else if (component == Component.POSTGRES) {
            Postgres pg = Postgres.start(home.resolve("postgres"), logDir().resolve("postgres.log"),
                    options.postgresPort);
            synchronized (this) {
                postgres = pg;
            }
        } else {
            launchKafka();
        }
    }

    private synchronized Services currentServices() {
        if (services == null) {
            throw new IllegalStateException("The services are not running");
        }
        return services;
    }

    /**
     * Stops everything in reverse order: services (SIGTERM, 20 s grace, then SIGKILL), Kafka, PostgreSQL.
     * Idempotent; safe from any thread, including the shutdown hook.
     */
    public synchronized void stop() {
        stopRequested = true;
        PrintStream out = options.out;
        if (services != null) {
            out.println("Stopping services...");
            services.close();
            services = null;
        }
        if (kafka != null) {
            out.println("Stopping Kafka...");
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            out.println("Stopping PostgreSQL...");
            try {
                postgres.close();
            } catch (IOException e) {
                options.out.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
            out.println("Dev stack stopped.");
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself.
        }
        stopped.countDown();
    }

    @Override
    public void close() {
        stop();
    }

    /** Blocks until {@link #stop()} has run (the main thread's way of waiting for Ctrl-C). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public Options options() {
        return options;
    }

    public Path home() {
        return home;
    }

    /** e.g. {@code http://127.0.0.1:8083} for the loan service. */
    public String serviceUrl(KistiService service) {
        return "http://127.0.0.1:" + options.servicePorts.get(service);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + options.kafkaPort;
    }

    /** JDBC URL of a service's database; user and password are both "postgres". */
    public String jdbcUrl(KistiService service) {
        return "jdbc:postgresql://127.0.0.1:" + options.postgresPort + "/" + service.database();
    }

    public String postgresUser() {
        return Postgres.USER;
    }

    public String postgresPassword() {
        return Postgres.PASSWORD;
    }

    /** One of the standard tokens: staff, funder, auditor, admin, other-staff. */
    public String token(String name) {
        String token = tokens.get(name);
        if (token == null) {
            throw new IllegalArgumentException("No dev token " + name + "; there are " + tokens.keySet());
        }
        return token;
    }

    /** The standard tokens by name, also written to {@code <home>/tokens/<name>.jwt}. */
    public Map<String, String> tokens() {
        return tokens;
    }

    /** For minting other tokens: {@code stack.devTokens().mint("alice", List.of("org-staff"), List.of("org-x"))}. */
    public DevTokens devTokens() {
        return devTokens;
    }

    /** Process ids by name (postgres, kafka, each service), e.g. to measure memory or kill one in a test. */
    public synchronized Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (postgres != null) {
            pids.put("postgres", postgres.pid());
        }
        if (kafka != null) {
            pids.put("kafka", kafka.process().pid());
        }
        if (services != null) {
            services.processes().forEach((service, process) -> pids.put(service.module(), process.pid()));
        }
        return pids;
    }

    /** {@code DevStack [--fresh] [--home DIR] [--repo DIR] [--infra-only]}: starts, prints, waits for Ctrl-C. */
    public static void main(String[] args) throws InterruptedException {
        // zonky and the Admin client talk a lot; their logs matter only when something fails (and the Admin
        // client warns about every refused connection while the broker boots).
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        Options options = Options.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> options.fresh(true);
                case "--infra-only" -> options.infraOnly(true);
                case "--home" -> options.home(Path.of(requireValue(args, ++i)));
                case "--repo" -> options.repoRoot(Path.of(requireValue(args, ++i)));
                case "-h", "--help" -> {
                    System.out.println("Usage: DevStack [--fresh] [--home DIR] [--repo DIR] [--infra-only]");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i] + " (try --help)");
                    System.exit(2);
                }
            }
        }
        DevStack stack;
        try {
            stack = start(options);
        } catch (Exception e) {
            System.err.println();
            System.err.println("Dev stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        ReadyBanner.print(stack, System.out);
        stack.awaitStop();
    }

    private static void setIfAbsent(String key, String value) {
        System.setProperty(key, System.getProperty(key, value));
    }

    private static String requireValue(String[] args, int i) {
        if (i >= args.length) {
            System.err.println(args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
