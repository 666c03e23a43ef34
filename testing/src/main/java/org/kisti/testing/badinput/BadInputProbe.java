package org.kisti.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Sends bad requests byte for byte (java.net.http, so nothing re-encodes a body or adds a charset) and checks each
 * answer against the contract: a 4xx, {@code application/problem+json}, every error naming a field and a rule, and
 * nothing stored. Collects every finding, so one run shows them all, and the figures for the closing note.
 */
public final class BadInputProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BadInputProbe() {}

    /** What a run found: counts, the slowest answer, and one line per finding. */
    public record Report(String endpoint, int requests, int serverErrors, int accepted, int stored, long slowestMillis,
            String slowest, List<String> findings) {

        public String summary() {
            return String.format("bad-input %s: %d requests, %d 5xx, %d accepted, %d stored, slowest %d ms after "
                    + "warm-up (%s), seed %d", endpoint, requests, serverErrors, accepted, stored, slowestMillis, slowest,
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
            throw new AssertionError(report.findings().size() + " bad requests were not refused as the contract says:\n"
                    + String.join("\n", report.findings()));
        }
    }

    /**
     * Runs the requests twice: the first pass warms the JVM (a fresh one answers its first requests slowly, which
     * says nothing about what a bad input costs), the second gives the figures; both are checked.
     *
     * @param storedFacts counts what the service has stored (events, idempotency records); it must not move
     */
    public static Report run(String endpoint, String baseUri, String token, List<BadRequest> requests,
            LongSupplier storedFacts) {
        Report warmUp = once(endpoint, baseUri, token, requests, storedFacts);
        Report measured = once(endpoint, baseUri, token, requests, storedFacts);
        List<String> findings = new ArrayList<>(warmUp.findings());
        findings.addAll(measured.findings());
        return new Report(endpoint, measured.requests() + warmUp.requests(),
                warmUp.serverErrors() + measured.serverErrors(), warmUp.accepted() + measured.accepted(),
                warmUp.stored() + measured.stored(), measured.slowestMillis(), measured.slowest(), findings);
    }

    private static Report once(String endpoint, String baseUri, String token, List<BadRequest> requests,
            LongSupplier storedFacts) {
        List<String> findings = new ArrayList<>();
        int serverErrors = 0;
        int accepted = 0;
        int stored = 0;
        long slowest = 0;
        String slowestReason = "";
        for (BadRequest bad : requests) {
            long before = storedFacts.getAsLong();
            long started = System.nanoTime();
            HttpResponse<String> answer = send(baseUri, token, bad);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > slowest) {
                slowest = millis;
                slowestReason = bad.reason();
            }
            int status = answer.statusCode();
            if (status >= 500) {
                serverErrors++;
            } else if (status < 400) {
                accepted++;
            }
            if (storedFacts.getAsLong() != before) {
                stored++;
                findings.add(bad + ": stored something");
            }
            String problem = problemFinding(answer);
            if (status < 400 || status >= 500 || problem != null) {
                findings.add(bad + " → " + status + " " + (problem == null ? "" : problem) + " "
                        + abbreviate(answer.body()));
            }
        }
        return new Report(endpoint, requests.size(), serverErrors, accepted, stored, slowest, slowestReason, findings);
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

    private static HttpResponse<String> send(String baseUri, String token, BadRequest bad) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + bad.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (bad.body() == null) {
            request.GET();
        } else {
            request.POST(HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        }
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        bad.headers().forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer to " + bad, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
