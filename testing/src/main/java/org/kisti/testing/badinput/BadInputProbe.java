package org.kisti.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Sends bad requests byte for byte and checks each answer against the contract: a 4xx,
 * {@code application/problem+json}, every error naming a field and a rule, and nothing stored. Collects every
 * finding, so one run shows them all, and the figures for the closing note.
 *
 * <p>java.net.http rather than RestAssured: it sends a body's bytes as given (RestAssured re-encodes strings in the
 * charset it infers and appends one to the Content-Type unless told not to), sends a header twice when asked, can
 * send a body chunked, and leaves percent-escapes such as {@code %00} in a path alone. HTTP/1.1, so no request
 * carries an h2c upgrade the server would handle first.
 */
public final class BadInputProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private BadInputProbe() {}

    /** What a run found: counts of distinct requests, the slowest answer, and one line per finding. */
    public record Report(String endpoint, int requests, int serverErrors, int accepted, int stored, int unanswered,
            long slowestMillis, String slowest, List<String> findings) {

        public String summary() {
            return String.format("bad-input %s: %d requests (each sent twice), %d 5xx, %d accepted, %d stored, "
                    + "%d unanswered, %d findings, slowest %d ms after warm-up (%s) (seed %d)", endpoint, requests,
                    serverErrors, accepted, stored, unanswered, findings.size(), slowestMillis, slowest,
                    BadRequests.SEED);
        }
    }

    /** Runs the requests against the service under test and fails with every finding, after printing the figures. */
    public static void assertAllRefused(String endpoint, URL root, String token, List<BadRequest> requests,
            LongSupplier storedFacts) {
        String base = root.toString().endsWith("/") ? root.toString().substring(0, root.toString().length() - 1)
                : root.toString();
        Report report = run(endpoint, base, token, requests, storedFacts);
        System.out.println(report.summary());
        if (!report.findings().isEmpty()) {
            throw new AssertionError(report.findings().size() + " of " + report.requests() + " bad requests to "
                    + endpoint + " were not refused as the contract says (seed " + BadRequests.SEED + "):\n"
                    + String.join("\n", report.findings()));
        }
    }

    /**
     * Runs the requests twice: the first pass warms the JVM (a fresh one answers its first requests slowly, which
     * says nothing about what a bad input costs), the second gives the time; both are checked, and a request that
     * broke the contract in either pass counts once.
     *
     * @param storedFacts counts what the service has stored (events, idempotency records); it must not move
     */
    public static Report run(String endpoint, String baseUri, String token, List<BadRequest> requests,
            LongSupplier storedFacts) {
        Outcome[] outcomes = new Outcome[requests.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < requests.size(); i++) {
                Outcome outcome = once(baseUri, token, requests.get(i), storedFacts);
                outcomes[i] = pass == 0 ? outcome : outcomes[i].and(outcome);
            }
        }
        long slowest = 0;
        String slowestReason = "";
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].millis() > slowest) {
                slowest = outcomes[i].millis();
                slowestReason = requests.get(i).reason();
            }
            BadRequest bad = requests.get(i);
            outcomes[i].findings().forEach(finding -> findings.add(bad + " → " + finding));
        }
        List<Outcome> all = List.of(outcomes);
        return new Report(endpoint, outcomes.length, count(all, Outcome::serverError), count(all, Outcome::accepted),
                count(all, Outcome::stored), count(all, Outcome::unanswered), slowest, slowestReason, findings);
    }

    /**
     * What one request got: its status class, whether it stored anything, its findings, and the time of its latest
     * answer. A finding is one line per request and pass; the second pass adds one only if it broke the contract
     * differently (another status, another problem), not merely with another id in the body.
     */
    private record Outcome(boolean serverError, boolean accepted, boolean stored, boolean unanswered, long millis,
            String kind, List<String> findings) {

        Outcome and(Outcome later) {
            List<String> both = new ArrayList<>(findings);
            if (!later.kind.equals(kind)) {
                both.addAll(later.findings);
            }
            return new Outcome(serverError || later.serverError, accepted || later.accepted,
                    stored || later.stored, unanswered || later.unanswered, later.millis, kind, both);
        }
    }

    private static Outcome once(String baseUri, String token, BadRequest bad, LongSupplier storedFacts) {
        long before = storedFacts.getAsLong();
        long started = System.nanoTime();
        HttpResponse<String> answer = null;
        String unanswerable = null;
        try {
            answer = send(baseUri, token, bad);
        } catch (IOException first) {
            // The server closes a connection after some refusals (a body beyond its own limit), and the client may
            // have sent this request on it before it noticed: once more, on a fresh connection, so the finding belongs
            // to the request that earned it.
            try {
                answer = send(baseUri, token, bad);
            } catch (IOException again) {
                // A connection closed without an answer tells the client nothing; the contract promises a problem.
                unanswerable = String.valueOf(again);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        boolean stored = storedFacts.getAsLong() != before;
        String storedNote = stored ? ", and stored something" : "";
        if (answer == null) {
            return new Outcome(false, false, stored, true, millis, "no answer",
                    List.of("no answer" + storedNote + ": " + unanswerable));
        }
        int status = answer.statusCode();
        String problem = problemFinding(answer);
        if (status >= 400 && status < 500 && problem == null && !stored) {
            return new Outcome(false, false, false, false, millis, "", List.of());
        }
        // The kind leaves out whether it stored: a retry with the same key replays the first answer, storing nothing.
        String kind = status + (problem == null ? "" : " " + problem);
        return new Outcome(status >= 500, status < 400, stored, false, millis, kind,
                List.of(kind + storedNote + ": " + abbreviate(answer.body())));
    }

    private static int count(List<Outcome> outcomes, Predicate<Outcome> which) {
        return (int) outcomes.stream().filter(which).count();
    }

    private static String problemFinding(HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not problem+json but '" + type + "'";
        }
        try {
            JsonNode errors = JSON.readTree(answer.body()).path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return "a problem naming no field";
            }
            for (JsonNode error : errors) {
                if (error.path("field").asText("").isBlank() || error.path("rule").asText("").isBlank()) {
                    return "an error without field or rule";
                }
            }
            return null;
        } catch (IOException e) {
            return "an unreadable problem";
        }
    }

    private static HttpResponse<String> send(String baseUri, String token, BadRequest bad) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + bad.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (bad.headers().stream().noneMatch(header -> header.name().equalsIgnoreCase("Accept"))) {
            request.header("Accept", "application/json, application/problem+json");
        }
        if (bad.body() == null) {
            request.GET();
        } else if (bad.chunked()) {
            // No length known in advance: HTTP/1.1 sends it with Transfer-Encoding: chunked.
            request.method(bad.method(),
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bad.body())));
        } else {
            request.method(bad.method(), HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        }
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        bad.headers().forEach(header -> request.header(header.name(), header.value()));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
