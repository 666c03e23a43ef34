package org.kisti.devstack.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Kafka's own {@code ProducerPerformance} on the same broker, at the relay's producer settings (acks=all, idempotent,
 * 5 in flight, linger 5 ms, 128 KiB batches) and the same record size: the most this broker takes from one producer.
 */
final class ProducerBaseline {

    private static final String TOPIC = "kisti.bench.baseline";
    private static final Pattern SUMMARY = Pattern.compile(
            "([0-9.]+) records/sec.*?([0-9.]+) ms 50th, ([0-9.]+) ms 95th, ([0-9.]+) ms 99th");

    private ProducerBaseline() {}

    static RelayBench.Figures run(Path repo, String bootstrapServers, int records, int recordSize) throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", repo.resolve("deploy/target/kafka-lib").toAbsolutePath() + "/*",
                "org.apache.kafka.tools.ProducerPerformance", "--topic", TOPIC,
                "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all",
                "enable.idempotence=true", "max.in.flight.requests.per.connection=5", "linger.ms=5",
                "batch.size=131072"));
        Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(tool.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains("records sent")) {
                    last = line;
                }
            }
        }
        if (tool.waitFor() != 0 || last == null) {
            throw new IllegalStateException("ProducerPerformance failed; last line: " + last);
        }
        Matcher summary = SUMMARY.matcher(last);
        if (!summary.find()) {
            throw new IllegalStateException("cannot read ProducerPerformance's summary: " + last);
        }
        return new RelayBench.Figures(Double.parseDouble(summary.group(1)), Double.parseDouble(summary.group(2)),
                Double.parseDouble(summary.group(3)), Double.parseDouble(summary.group(4)));
    }
}
