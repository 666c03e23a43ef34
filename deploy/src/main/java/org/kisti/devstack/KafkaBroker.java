package org.kisti.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) in its own JVM, started from the jars that
 * the build copies to deploy/target/kafka-lib. Its own process, so the broker's dependencies never meet the dev
 * stack's or the services', and it can be run at any Kafka version.
 */
final class KafkaBroker implements AutoCloseable {
    /** Events are the system of record's feed: auditors replay from offset 0, so nothing is ever deleted. */
    static final Map<String, String> KEEP_FOREVER = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1");
    static final int TOPIC_PARTITIONS = 3;

    private final ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Formats the storage on first use only (formatting again would need a new cluster id and lose the data) and
     * starts the broker; {@link #awaitReady} waits for it.
     */
    static KafkaBroker launch(Path kafkaHome, Path libDir, Path logDir, Path runDir, int port, int controllerPort)
            throws IOException, InterruptedException {
        if (!hasBrokerJar(libDir)) {
            throw new IllegalStateException("No Kafka broker jars in " + libDir
                    + ": build the deploy module first (mvn -pl deploy install, or deploy/run.sh)");
        }
        Path dataDir = kafkaHome.resolve("data");
        Path config = kafkaHome.resolve("server.properties");
        Files.createDirectories(dataDir);
        writeServerProperties(config, dataDir, port, controllerPort);
        String classpath = libDir.toAbsolutePath() + "/*";
        Path log = logDir.resolve("kafka.log");

        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            int exit = ChildProcess.runJava("kafka-format", List.of("-cp", classpath, "kafka.tools.StorageTool",
                            "format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                    kafkaHome, log, runDir, Duration.ofSeconds(60));
            if (exit != 0) {
                throw new IOException("Formatting Kafka storage failed (exit " + exit + "), see " + log);
            }
        }

        List<String> jvm = new ArrayList<>(List.of(
                "-Xms128m", "-Xmx512m",
                // The broker logs through slf4j-simple to stderr, which goes to kafka.log.
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.config=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaConfig=warn",
                // log4j-core is only on the classpath for Kafka's dynamic log-level API; silence its config hunt.
                "-Dlog4j2.statusLoggerLevel=OFF",
                "-cp", classpath, "kafka.Kafka", config.toString()));
        ChildProcess broker = ChildProcess.startJava("kafka", jvm, kafkaHome, log, runDir);
        return new KafkaBroker(broker, port);
    }

    private static boolean hasBrokerJar(Path libDir) throws IOException {
        if (!Files.isDirectory(libDir)) {
            return false;
        }
        try (var jars = Files.list(libDir)) {
            return jars.anyMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"));
        }
    }

    private static void writeServerProperties(Path file, Path dataDir, int port, int controllerPort)
            throws IOException {
        String listener = "127.0.0.1:" + port;
        String controller = "127.0.0.1:" + controllerPort;
        String properties = String.join("\n",
                "# Written by the Kisti dev stack on every start: edit KafkaBroker.java, not this file.",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://" + listener + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + listener,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.quorum.bootstrap.servers=" + controller,
                "log.dirs=" + dataDir.toAbsolutePath(),
                // One node: every replication factor and min ISR is 1, internal topics small so it starts fast.
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "num.partitions=" + TOPIC_PARTITIONS,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "share.coordinator.state.topic.num.partitions=3",
                // Consumers in a dev loop should not wait 3 s for the first rebalance.
                "group.initial.rebalance.delay.ms=0",
                // After a crash (kill -9) the restarted broker cannot register until the controller has given up on
                // the dead one's session: 9 s by default, which made every broker restart take 12.5 s to ready
                // (deploy/chaos.sh). Broker and controller share this JVM, so heartbeats do not cross a network.
                "broker.session.timeout.ms=4000",
                "broker.heartbeat.interval.ms=1000",
                "");
        Files.writeString(file, properties);
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(config);
    }

    /**
     * Ready when an Admin client can list the topics. Waits for the port to accept connections first: an Admin
     * client created earlier warns about every refused connection, whatever the caller's logging says.
     */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!accepts(port)) {
            checkAliveAndInTime(deadline, timeout);
            Thread.sleep(200);
        }
        try (Admin admin = admin()) {
            while (true) {
                try {
                    admin.listTopics().names().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    checkAliveAndInTime(deadline, timeout);
                    Thread.sleep(200);
                }
            }
        }
    }

    private void checkAliveAndInTime(long deadline, Duration timeout) throws IOException {
        if (!process.isAlive()) {
            throw new IOException("Kafka exited with " + process.process().exitValue() + ". Last lines of "
                    + process.log() + ":\n" + process.tail(40));
        }
        if (System.nanoTime() > deadline) {
            throw new IOException("Kafka did not answer within " + timeout.toSeconds() + " s. Last lines of "
                    + process.log() + ":\n" + process.tail(40));
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /**
     * Creates the missing topics and makes sure every one keeps its events forever, also a topic some client
     * auto-created earlier with the broker's default retention.
     */
    void ensureTopics(Collection<String> topics) throws Exception {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, TOPIC_PARTITIONS, (short) 1).configs(KEEP_FOREVER))
                    .toList();
            admin.createTopics(missing).all().get();
            Map<ConfigResource, Collection<AlterConfigOp>> keepForever = topics.stream().collect(Collectors.toMap(
                    topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic),
                    topic -> KEEP_FOREVER.entrySet().stream()
                            .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                            .toList()));
            admin.incrementalAlterConfigs(keepForever).all().get();
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    ChildProcess process() {
        return process;
    }

    /** SIGKILL, as a crash would: no flush, no clean-shutdown marker; the next start recovers its logs. */
    void kill() throws InterruptedException {
        process.process().destroyForcibly();
        process.process().waitFor();
    }

    /** SIGTERM lets the broker flush and write its clean-shutdown marker, so the next start skips log recovery. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
