package org.kisti.eventsourcing.history;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kisti.events.EventCatalog;
import org.kisti.events.KistiEvent;
import org.kisti.platform.problem.ProblemException;

/**
 * Reads one aggregate's full, ordered history from the event store. An aggregate of another organisation is answered
 * exactly like one that does not exist, so ids never leak across tenants.
 */
@Singleton
public class EventHistory {

    @Inject
    EventStore eventStore;

    public List<RecordedEvent> of(String orgId, String aggregateId, String what) {
        List<RecordedEvent> history = eventStore.readEvents(aggregateId).asStream()
                .map(EventHistory::recorded)
                .toList();
        if (history.isEmpty() || !history.get(0).data().orgId().equals(orgId)) {
            throw ProblemException.notFound("no " + what + " " + aggregateId + " in organisation " + orgId);
        }
        return history;
    }

    /**
     * The payloads alone, in order, for folding into a current view; 404 when the id names nothing of this kind in
     * the organisation (a group's id asked for as a member's is not found, not a failure).
     */
    public <E extends KistiEvent> List<E> facts(String orgId, String aggregateId, String what, Class<E> type) {
        List<E> facts = factsIfAny(orgId, aggregateId, type);
        if (facts.isEmpty()) {
            throw ProblemException.notFound("no " + what + " " + aggregateId + " in organisation " + orgId);
        }
        return facts;
    }

    /** As {@link #facts}, but empty when there is no such aggregate of this kind in the organisation. */
    public <E extends KistiEvent> List<E> factsIfAny(String orgId, String aggregateId, Class<E> type) {
        List<KistiEvent> history = eventStore.readEvents(aggregateId).asStream()
                .map(message -> (KistiEvent) message.getPayload())
                .toList();
        if (history.isEmpty() || !history.get(0).orgId().equals(orgId)
                || !history.stream().allMatch(type::isInstance)) {
            return List.of();
        }
        return history.stream().map(type::cast).toList();
    }

    /** The one fact of the given type that matches, such as a deposit by its id; 404 if there is none. */
    public <E extends KistiEvent> E fact(
            String orgId, String aggregateId, String what, Class<E> type, Predicate<E> which, String missing) {
        return of(orgId, aggregateId, what).stream()
                .map(RecordedEvent::data)
                .filter(type::isInstance)
                .map(type::cast)
                .filter(which)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(missing));
    }

    private static RecordedEvent recorded(DomainEventMessage<?> message) {
        KistiEvent event = (KistiEvent) message.getPayload();
        Map<String, String> seen = new TreeMap<>();
        message.getMetaData().forEach((key, value) -> {
            if (key.startsWith("seen.")) {
                seen.put(key, String.valueOf(value));
            }
        });
        return new RecordedEvent(message.getIdentifier(), message.getSequenceNumber(),
                EventCatalog.ceType(event.getClass()), event.businessDate(), message.getTimestamp(), event, seen);
    }
}
