package org.kisti.devstack.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.KistiService;
import org.kisti.devstack.Readings;

/**
 * After the load, once everything has caught up: compares what the field app was told with what the write stores
 * hold, what the topics carry and what the reporting projection applied, and the portfolio report with a recompute
 * by SQL from the write stores' events. Reads the stores directly, as an auditor would.
 */
final class Audit {

    private static final Map<KistiService, String> TOPIC = Map.of(KistiService.MEMBER, "kisti.members.v1",
            KistiService.SAVINGS, "kisti.savings.v1", KistiService.LOAN, "kisti.loans.v1");
    static final String REPORT_AS_OF = "2026-06-30";

    /** One event as its write store holds it. */
    record Stored(String eventId, String aggregate, long sequence, String type, JsonNode payload) {}

    /** One record as the topic carries it. */
    record Published(String aggregate, String eventId, long sequence) {}

    private final DevStack stack;
    private final List<Call> calls;
    private final ObjectMapper json = new ObjectMapper();
    private final Verdict verdict = new Verdict();

    Audit(DevStack stack, List<Call> calls) {
        this.stack = stack;
        this.calls = calls;
    }

    Verdict run() throws Exception {
        everyRequestAnswered();
        outagesAnsweredAsOutages();
        Map<KistiService, List<Stored>> stores = new EnumMap<>(KistiService.class);
        for (KistiService writer : TOPIC.keySet()) {
            stores.put(writer, stored(writer));
        }
        oneEventPerAcceptedRequest(stores);
        everyEventOnItsTopicInOrder(stores);
        projectedExactlyOnce(stores);
        reportEqualsRecompute(stores);
        return verdict;
    }

    private void everyRequestAnswered() {
        Map<Call.Outcome, Long> outcomes = calls.stream().collect(Collectors.groupingBy(Call::outcome,
                () -> new EnumMap<>(Call.Outcome.class), Collectors.counting()));
        List<String> notCreated = calls.stream().filter(c -> c.outcome() != Call.Outcome.CREATED)
                .map(c -> c.kind() + " " + c.outcome() + " " + c.status() + " " + c.refusal()).limit(5).toList();
        long resent = calls.stream().filter(c -> c.attempts() > 1).count();
        long attempts = calls.stream().mapToLong(Call::attempts).sum();
        verdict.check("every request got a 2xx in the end (retried with its key)", notCreated.isEmpty(),
                "%d requests, %d attempts, %d sent more than once; outcomes %s%s".formatted(calls.size(), attempts,
                        resent, outcomes, notCreated.isEmpty() ? "" : "; e.g. " + notCreated));
    }

    private void outagesAnsweredAsOutages() {
        Map<String, Integer> failures = new TreeMap<>();
        calls.forEach(call -> call.failedAttempts().forEach((why, n) -> failures.merge(why, n, Integer::sum)));
        List<String> wrong = failures.keySet().stream()
                .filter(why -> (why.startsWith("5") && !why.equals("503 problem+json, Retry-After"))
                        || why.startsWith("no answer"))
                .toList();
        verdict.check("while a part was down: 503 problem+json with Retry-After, no other 5xx, no answer later than "
                        + FieldApp.ANSWER_WITHIN.toSeconds() + " s", wrong.isEmpty(),
                failures.isEmpty() ? "no failed attempts" : "failed attempts by kind: " + failures);
    }

    private void oneEventPerAcceptedRequest(Map<KistiService, List<Stored>> stores) {
        Map<Request, Set<String>> requested = new EnumMap<>(Request.class);
        for (Call call : calls) {
            if (call.outcome() == Call.Outcome.CREATED) {
                requested.computeIfAbsent(call.kind(), k -> new HashSet<>()).add(call.createdId());
                call.expected().forEach((kind, ids) -> requested.computeIfAbsent(kind, k -> new HashSet<>())
                        .addAll(ids));
            }
        }
        Map<String, Integer> eventsPerId = new HashMap<>();
        Map<String, Integer> unrequested = new TreeMap<>();
        int events = 0;
        for (List<Stored> store : stores.values()) {
            for (Stored event : store) {
                events++;
                Request kind = kindOf(event.type());
                String id = kind == null ? null : event.payload().path(kind.idField()).asText(null);
                if (kind == null || !requested.getOrDefault(kind, Set.of()).contains(id)) {
                    unrequested.merge(event.type(), 1, Integer::sum);
                } else {
                    eventsPerId.merge(kind + ":" + id, 1, Integer::sum);
                }
            }
        }
        long accepted = requested.values().stream().mapToLong(Set::size).sum();
        long missing = requested.entrySet().stream().flatMap(e -> e.getValue().stream().map(id -> e.getKey() + ":" + id))
                .filter(id -> !eventsPerId.containsKey(id)).count();
        long doubled = eventsPerId.values().stream().filter(n -> n > 1).count();
        verdict.check("each 2xx has exactly one stored event; retries stored nothing; no event nobody asked for",
                missing == 0 && doubled == 0 && unrequested.isEmpty(),
                "%d accepted requests, %d stored events; %d without their event, %d with more than one; unrequested %s"
                        .formatted(accepted, events, missing, doubled, unrequested));
    }

    private static Request kindOf(String type) {
        for (Request kind : Request.values()) {
            if (kind.eventType().equals(type)) {
                return kind;
            }
        }
        return null;
    }

    private void everyEventOnItsTopicInOrder(Map<KistiService, List<Stored>> stores) {
        List<String> seen = new ArrayList<>();
        boolean held = true;
        for (Map.Entry<KistiService, List<Stored>> store : stores.entrySet()) {
            String topic = TOPIC.get(store.getKey());
            List<Published> records = readTopic(topic);
            Set<String> storedIds = store.getValue().stream().map(Stored::eventId).collect(Collectors.toSet());
            Set<String> publishedIds = records.stream().map(Published::eventId).collect(Collectors.toSet());
            long missing = storedIds.stream().filter(id -> !publishedIds.contains(id)).count();
            long foreign = publishedIds.stream().filter(id -> !storedIds.contains(id)).count();
            long outOfOrder = aggregatesOutOfOrder(records);
            held &= missing == 0 && foreign == 0 && outOfOrder == 0;
            seen.add("%s: %d stored, %d records (%d redelivered), %d missing, %d not in the store, %d aggregates out of order"
                    .formatted(topic, storedIds.size(), records.size(), records.size() - publishedIds.size(), missing,
                            foreign, outOfOrder));
        }
        verdict.check("every stored event is on its topic at least once, in per-aggregate sequence order", held,
                String.join("; ", seen));
    }

    /** Aggregates whose sequences, at their first arrival, do not run 0, 1, 2, ... (a redelivery may repeat some). */
    private static long aggregatesOutOfOrder(List<Published> records) {
        Map<String, Long> next = new HashMap<>();
        Set<String> broken = new HashSet<>();
        for (Published record : records) {
            long expected = next.getOrDefault(record.aggregate(), 0L);
            if (record.sequence() == expected) {
                next.put(record.aggregate(), expected + 1);
            } else if (record.sequence() > expected) {
                broken.add(record.aggregate());
            }
        }
        return broken.size();
    }

    private void projectedExactlyOnce(Map<KistiService, List<Stored>> stores) throws SQLException {
        Map<String, Long> head = new HashMap<>();
        Map<String, Integer> perType = new HashMap<>();
        stores.values().forEach(store -> store.forEach(event -> {
            head.merge(event.aggregate(), event.sequence(), Math::max);
            perType.merge(event.type(), 1, Integer::sum);
        }));
        Map<String, Long> applied = new HashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = connect(KistiService.REPORTING); Statement sql = connection.createStatement()) {
            try (ResultSet row = sql.executeQuery("select aggregate_id, last_sequence from applied_position")) {
                while (row.next()) {
                    applied.put(row.getString(1), row.getLong(2));
                }
            }
            for (String table : List.of("member", "savings_account", "savings_movement", "loan", "loan_repayment")) {
                try (ResultSet row = sql.executeQuery("select count(*) from " + table)) {
                    row.next();
                    rows.put(table, row.getLong(1));
                }
            }
        }
        long behind = head.entrySet().stream().filter(e -> !e.getValue().equals(applied.get(e.getKey()))).count();
        long unknown = applied.keySet().stream().filter(a -> !head.containsKey(a)).count();
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("member", (long) perType.getOrDefault("MemberEnrolled", 0));
        expected.put("savings_account", (long) perType.getOrDefault("SavingsAccountOpened", 0));
        expected.put("savings_movement", (long) perType.getOrDefault("SavingsDeposited", 0));
        expected.put("loan", (long) perType.getOrDefault("LoanDisbursed", 0));
        expected.put("loan_repayment", (long) perType.getOrDefault("InstallmentPaid", 0));
        verdict.check("the reporting projection applied every event exactly once",
                behind == 0 && unknown == 0 && rows.equals(expected),
                "%d aggregates, %d not at their last sequence, %d unknown to the stores; rows %s, one per event %s"
                        .formatted(head.size(), behind, unknown, rows, expected));
    }

    private void reportEqualsRecompute(Map<KistiService, List<Stored>> stores) throws Exception {
        Map<String, String> recomputed = new TreeMap<>();
        BigDecimal disbursed = sum(stores.get(KistiService.LOAN), "LoanDisbursed", "principal");
        BigDecimal principalPaid = sum(stores.get(KistiService.LOAN), "InstallmentPaid", "principalPaid");
        recomputed.put("activeMembers", Long.toString(count(stores.get(KistiService.MEMBER), "MemberEnrolled")));
        recomputed.put("activeBorrowers", Long.toString(stores.get(KistiService.LOAN).stream()
                .filter(e -> e.type().equals("LoanDisbursed")).map(e -> e.payload().path("memberId").asText())
                .distinct().count()));
        recomputed.put("loansDisbursed.count", Long.toString(count(stores.get(KistiService.LOAN), "LoanDisbursed")));
        recomputed.put("loansDisbursed.amount", disbursed.toPlainString());
        recomputed.put("loanOutstanding", disbursed.subtract(principalPaid).toPlainString());
        recomputed.put("savingsOutstanding", sum(stores.get(KistiService.SAVINGS), "SavingsDeposited", "amount")
                .toPlainString());

        JsonNode totals = report().path("totals");
        Map<String, String> reported = new TreeMap<>();
        reported.put("activeMembers", totals.path("activeMembers").asText());
        reported.put("activeBorrowers", totals.path("activeBorrowers").asText());
        reported.put("loansDisbursed.count", totals.path("loansDisbursed").path("count").asText());
        reported.put("loansDisbursed.amount", amount(totals.path("loansDisbursed").path("amount")).toPlainString());
        reported.put("loanOutstanding", amount(totals.path("loanOutstanding")).toPlainString());
        reported.put("savingsOutstanding", amount(totals.path("savingsOutstanding")).toPlainString());
        verdict.check("the portfolio report (2026-01-01 to " + REPORT_AS_OF + ") equals a recompute by SQL from the"
                + " write stores' events", reported.equals(recomputed), "report " + reported + ", recomputed " + recomputed);
    }

    private static long count(List<Stored> store, String type) {
        return store.stream().filter(e -> e.type().equals(type)).count();
    }

    private static BigDecimal sum(List<Stored> store, String type, String moneyField) {
        return store.stream().filter(e -> e.type().equals(type))
                .map(e -> new BigDecimal(e.payload().path(moneyField).path("amount").asText("0")))
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    /** The sum of a list of {amount, currency} (one currency here); 0.00 if the list is empty. */
    private static BigDecimal amount(JsonNode amounts) {
        BigDecimal total = new BigDecimal("0.00");
        for (JsonNode money : amounts) {
            total = total.add(new BigDecimal(money.path("amount").asText("0")));
        }
        return total;
    }

    /** The report as the organisation's auditor reads it; asked again while the service still derives. */
    private JsonNode report() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.serviceUrl(KistiService.REPORTING)
                        + "/v1/orgs/" + FieldApp.ORG + "/portfolio?from=2026-01-01&asOf=" + REPORT_AS_OF))
                .header("Authorization", "Bearer " + stack.token("auditor")).timeout(Duration.ofSeconds(30)).GET().build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return json.readTree(response.body());
            }
            if (response.statusCode() != 503 || System.nanoTime() > deadline) {
                throw new IllegalStateException("portfolio report answered " + response.statusCode() + ": "
                        + response.body());
            }
            Thread.sleep(500);
        }
    }

    private List<Stored> stored(KistiService writer) throws Exception {
        List<Stored> events = new ArrayList<>();
        try (Connection connection = connect(writer); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select event_identifier, aggregate_identifier, sequence_number,"
                        + " payload_type, payload from domain_event_entry order by global_index")) {
            while (row.next()) {
                String type = row.getString(4);
                events.add(new Stored(row.getString(1), row.getString(2), row.getLong(3),
                        type.substring(type.lastIndexOf('.') + 1), json.readTree(row.getString(5))));
            }
        }
        return events;
    }

    private Connection connect(KistiService service) throws SQLException {
        return Readings.connect(stack, service);
    }

    /** The whole topic, from offset 0 to its end now. */
    private List<Published> readTopic(String topic) {
        List<Published> records = new ArrayList<>();
        Readings.readFromStart(stack, List.of(topic), record -> records.add(new Published(record.key(),
                header(record, "ce_id"), Long.parseLong(header(record, "ce_kistisequence")))));
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
