package org.kisti.eventsourcing.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.kisti.events.KistiEvent;

/**
 * One stored event as an auditor reads it: its place in the stream, when it happened, when it was recorded, what it
 * says, and what the decision that caused it saw of other contexts ({@code seen.member}: the enrolment event a loan or
 * an account was judged on, and when it was recorded).
 */
public record RecordedEvent(
        String eventId, long sequence, String type, LocalDate businessDate, Instant recordedAt, KistiEvent data,
        Map<String, String> seen) {}
