package org.kisti.devstack.chaos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request of the field app, however many times it was sent: its Idempotency-Key, the answer it finally got, and
 * what it met on the way (each failed attempt's kind, counted).
 */
final class Call {

    /** How a call ended. */
    enum Outcome { CREATED, REFUSED, GAVE_UP }

    private final Request kind;
    private final String key;
    private final Map<String, Integer> failedAttempts = new TreeMap<>();
    private int attempts;
    private Outcome outcome;
    private int status;
    private String createdId;
    private String refusal;
    private final Map<Request, List<String>> expected = new EnumMap<>(Request.class);

    Call(Request kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    synchronized void attempted() {
        attempts++;
    }

    synchronized void failed(String why) {
        failedAttempts.merge(why, 1, Integer::sum);
    }

    synchronized void created(int status, String location) {
        this.outcome = Outcome.CREATED;
        this.status = status;
        this.createdId = location.substring(location.lastIndexOf('/') + 1);
    }

    synchronized void refused(int status, String body) {
        this.outcome = Outcome.REFUSED;
        this.status = status;
        this.refusal = body.length() > 300 ? body.substring(0, 300) : body;
    }

    synchronized void gaveUp() {
        this.outcome = Outcome.GAVE_UP;
    }

    Request kind() {
        return kind;
    }

    String key() {
        return key;
    }

    synchronized int attempts() {
        return attempts;
    }

    synchronized Outcome outcome() {
        return outcome;
    }

    synchronized int status() {
        return status;
    }

    /** The id of what the 2xx created: the last segment of its Location. */
    synchronized String createdId() {
        return createdId;
    }

    synchronized String refusal() {
        return refusal;
    }

    /**
     * Another fact the accepted request must leave, under an id of its own: a sheet's line is a repayment or a
     * deposit named {@code <sheetId>:<line>}, made in another transaction or another service.
     */
    synchronized void expect(Request kind, String id) {
        expected.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
    }

    synchronized Map<Request, List<String>> expected() {
        return new EnumMap<>(expected);
    }

    synchronized Map<String, Integer> failedAttempts() {
        return new TreeMap<>(failedAttempts);
    }
}
