package org.kisti.eventsourcing.inbox;

import java.time.Instant;
import org.kisti.events.KistiEvent;

/** One fact from another context as the inbox hands it to a view: the event and where it stands in its stream. */
public record InboxEvent(String eventId, Instant recordedAt, long sequence, KistiEvent data) {}
