package org.kisti.eventsourcing.history;

import java.time.Instant;
import java.time.LocalDate;
import org.kisti.events.KistiEvent;

/** One stored event as an auditor reads it: its place in the stream, when it happened, when it was recorded, what it says. */
public record RecordedEvent(
        String eventId, long sequence, String type, LocalDate businessDate, Instant recordedAt, KistiEvent data) {}
