package org.kisti.devstack.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.KistiService;
import org.kisti.devstack.Readings;
import org.kisti.devstack.chaos.FieldApp;

/**
 * {@code deploy/bench.sh catch-up}: how fast the reporting projection applies a backlog, beside a plain Kafka consumer
 * reading the same topics from offset 0 without writing, in the same run. The events are real: households served over
 * REST by the field app (enrolment, savings, a loan, repayments), then copied many times into the write stores with
 * fresh ids (as an import of an NGO's history would add them), which the relays publish. Two figures: the live
 * projection working off that backlog, and an operator's rebuild from offset 0 ({@code POST
 * /v1/admin/projection/rebuild}). Stack of its own: {@code .kisti-bench-catch-up/}, ports 25482, 29142-29143,
 * 28491-28494.
 */
public final class CatchUpBench {

    private static final List<KistiService> WRITERS = List.of(KistiService.MEMBER, KistiService.SAVINGS,
            KistiService.LOAN);
    /** The ids a household's events carry, each replaced by a fresh one in every copy. */
    private static final List<String> ID_FIELDS = List.of("memberId", "accountId", "depositId", "loanId",
            "paymentId", "householdId");

    private CatchUpBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        int households = Integer.parseInt(options.getOrDefault("households", "20"));
        int copies = Integer.parseInt(options.getOrDefault("copies", "100"));
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;

        DevStack.Options stackOptions = DevStack.Options.isolated(repo, repo.resolve(".kisti-bench-catch-up"), 25482,
                29142, 28490).out(out);
        try (DevStack stack = DevStack.start(stackOptions)) {
            out.printf("Serving %d households over REST...%n", households);
            FieldApp app = new FieldApp(stack::serviceUrl, stack.token("staff"));
            app.setUp();
            app.run(4, households, () -> true);
            long served = Readings.projectedEvents(stack);
            awaitApplied(stack, Readings.storedEvents(stack), Duration.ofMinutes(5));

            out.printf("Copying their events %d times into the write stores with fresh ids...%n", copies);
            long copied = copy(stack, copies);
            long total = Readings.storedEvents(stack);
            long started = System.nanoTime();
            awaitApplied(stack, total, Duration.ofMinutes(60));
            double live = copied / ((System.nanoTime() - started) / 1e9);

            out.printf("Baseline: a plain consumer reading the three topics from offset 0 (%,d records)...%n", total);
            double baseline = plainConsumer(stack);

            out.println("Rebuild from offset 0 (POST /v1/admin/projection/rebuild)...");
            long rebuildStarted = System.nanoTime();
            String outcome = rebuild(stack);
            double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;

            out.printf("%n%d households served over REST (%d events applied), copied %d times: %,d events.%n",
                    households, served, copies, total);
            out.printf("%n| what | events/s | ratio to baseline |%n|---|---|---|%n");
            out.printf("| plain Kafka consumer, three topics from offset 0, no writes (baseline) | %,.0f | 1.00 |%n",
                    baseline);
            out.printf("| live projection working off a backlog of %,d events (relays publishing meanwhile) | %,.0f |"
                    + " %.3f |%n", copied, live, live / baseline);
            out.printf("| rebuild from offset 0, %,d records, standing derived, switch | %,.0f | %.3f |%n", total,
                    total / rebuildSeconds, total / rebuildSeconds / baseline);
            out.printf("%nRebuild answered %s in %.1f s.%n", outcome, rebuildSeconds);
        }
    }

    /** Every event of every write store, inserted again {@code copies} times in store order with fresh ids. */
    private static long copy(DevStack stack, int copies) throws SQLException {
        Map<KistiService, List<String[]>> events = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (KistiService writer : WRITERS) {
            List<String[]> rows = new ArrayList<>();
            try (Connection connection = Readings.connect(stack, writer); Statement sql = connection.createStatement();
                    ResultSet row = sql.executeQuery("select aggregate_identifier, sequence_number, type, payload_type,"
                            + " payload_revision, payload, meta_data from domain_event_entry"
                            + " where payload_type not like '%.BranchOpened' and payload_type not like '%.GroupFormed'"
                            + " order by global_index")) {
                while (row.next()) {
                    String[] event = new String[7];
                    for (int i = 0; i < 7; i++) {
                        event[i] = row.getString(i + 1);
                    }
                    rows.add(event);
                    ids.add(event[0]);
                    for (String field : ID_FIELDS) {
                        ids.addAll(valuesOf(event[5], field));
                    }
                }
            }
            events.put(writer, rows);
        }
        long inserted = 0;
        String insert = "insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                + " time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Map<String, String>> renames = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            Map<String, String> rename = new HashMap<>();
            ids.forEach(id -> rename.put(id, UUID.randomUUID().toString()));
            renames.add(rename);
        }
        for (KistiService writer : WRITERS) {
            try (Connection connection = Readings.connect(stack, writer); PreparedStatement row = connection.prepareStatement(insert)) {
                connection.setAutoCommit(false);
                for (Map<String, String> rename : renames) {
                    for (String[] event : events.get(writer)) {
                        row.setString(1, UUID.randomUUID().toString());
                        row.setString(2, rename.getOrDefault(event[0], event[0]));
                        row.setLong(3, Long.parseLong(event[1]));
                        row.setString(4, event[2]);
                        row.setString(5, Instant.now().toString());
                        row.setString(6, event[3]);
                        row.setString(7, event[4]);
                        row.setString(8, renamed(event[5], rename));
                        row.setString(9, event[6]);
                        row.addBatch();
                        inserted++;
                    }
                    row.executeBatch();
                    connection.commit();
                }
            }
        }
        return inserted;
    }

    /** The string values of a field anywhere in a JSON text (ids are plain strings: no escapes to mind). */
    private static List<String> valuesOf(String json, String field) {
        List<String> values = new ArrayList<>();
        String key = "\"" + field + "\":\"";
        for (int at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + 1)) {
            int start = at + key.length();
            values.add(json.substring(start, json.indexOf('"', start)));
        }
        return values;
    }

    private static String renamed(String json, Map<String, String> rename) {
        String result = json;
        for (String field : ID_FIELDS) {
            for (String id : valuesOf(json, field)) {
                result = result.replace("\"" + id + "\"", "\"" + rename.getOrDefault(id, id) + "\"");
            }
        }
        return result;
    }

    private static void awaitApplied(DevStack stack, long events, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (Readings.projectedEvents(stack) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the projection applied " + Readings.projectedEvents(stack) + " of "
                        + events + " events within " + within);
            }
            Thread.sleep(200);
        }
    }

    /** Records per second of a consumer that reads the three topics from offset 0 to their ends, writing nothing. */
    private static double plainConsumer(DevStack stack) {
        long started = System.nanoTime();
        long records = Readings.readFromStart(stack, DevStack.TOPICS, record -> { });
        return records / ((System.nanoTime() - started) / 1e9);
    }

    private static String rebuild(DevStack stack) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.serviceUrl(KistiService.REPORTING)
                        + "/v1/admin/projection/rebuild"))
                .header("Authorization", "Bearer " + stack.token("admin")).timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("rebuild answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
