package org.kisti.devstack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Enrolments over REST at a steady rate from a few clients, while a consumer reads the members topic: each event's
 * latency runs from the 201 (its transaction has committed by then) to the moment the consumer has the record, the
 * path a partner's feed sees. The rate actually reached is reported beside the one asked for.
 */
final class RelayLatency {

    private static final String TOPIC = "kisti.members.v1";
    private static final Pattern MEMBER_ID = Pattern.compile("\"memberId\":\"([^\"]+)\"");
    private static final int CLIENTS = 4;

    private RelayLatency() {}

    static RelayBench.Figures measure(String memberService, String token, String bootstrapServers, int perSecond,
            int seconds) throws Exception {
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        List<Long> latencies = new ArrayList<>();
        String groupId = benchGroup(memberService, token);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers))) {
            consumer.subscribe(List.of(TOPIC));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.poll(Duration.ofMillis(100));
            List<Thread> clients = new ArrayList<>();
            long started = System.nanoTime();
            long until = started + Duration.ofSeconds(seconds).toNanos();
            for (int i = 0; i < CLIENTS; i++) {
                Thread client = new Thread(() -> enrol(memberService, token, groupId, answeredAt,
                        perSecond / CLIENTS, until),
                        "bench-client-" + i);
                client.start();
                clients.add(client);
            }
            int sent = 0;
            long deadline = until + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && (clients.stream().anyMatch(Thread::isAlive) || !answeredAt.isEmpty())) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long received = System.nanoTime();
                    Long answered = answeredAt.remove(record.key());
                    if (answered != null) {
                        latencies.add(Math.max(0, (received - answered) / 1_000_000));
                        sent++;
                    }
                }
            }
            for (Thread client : clients) {
                client.join();
            }
            return RelayBench.Figures.of(sent / ((until - started) / 1e9), latencies);
        }
    }

    /** A branch and a group for the bench's members, formed through the API like any field office's. */
    private static String benchGroup(String memberService, String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String branch = post(http, memberService + "/v1/orgs/org-demo/branches", token, "{\"name\":\"Bench\","
                + "\"code\":\"BENCH\",\"district\":\"Dhaka\",\"subDistrict\":\"Dhanmondi\","
                + "\"openedOn\":\"2025-01-01\"}", "branchId");
        return post(http, memberService + "/v1/orgs/org-demo/groups", token, "{\"branchId\":\"" + branch + "\","
                + "\"kind\":\"LENDING_GROUP\",\"name\":\"Bench Samity\",\"meetingDay\":\"TUESDAY\","
                + "\"meetingPlace\":\"Office\",\"officerId\":\"staff-bench\",\"formedOn\":\"2025-06-01\"}",
                "groupId");
    }

    private static String post(HttpClient http, String url, String token, String json, String idField)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher id = Pattern.compile("\"" + idField + "\":\"([^\"]+)\"").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no " + idField + " in " + body);
        }
        return id.group(1);
    }

    private static void enrol(String memberService, String token, String groupId, Map<String, Long> answeredAt,
            int perSecond, long until) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long interval = 1_000_000_000L / Math.max(1, perSecond);
        long next = System.nanoTime();
        while (System.nanoTime() < until) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(memberService + "/v1/orgs/org-demo/members"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"groupId\":\"" + groupId + "\","
                            + "\"name\":\"Bench Member\",\"dateOfBirth\":\"1990-04-14\",\"gender\":\"FEMALE\","
                            + "\"householdId\":\"hh-bench\",\"landDecimals\":\"0\",\"enrolledOn\":\"2026-01-05\"}"))
                    .build();
            try {
                String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                long answered = System.nanoTime();
                Matcher member = MEMBER_ID.matcher(body);
                if (member.find()) {
                    answeredAt.put(member.group(1), answered);
                }
            } catch (Exception e) {
                throw new IllegalStateException("enrolment failed", e);
            }
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Properties consumerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "kisti-bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }
}
