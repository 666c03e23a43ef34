package org.kisti.eventsourcing.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.kisti.events.EventCatalog;
import org.kisti.events.EventUpcasts;
import org.kisti.events.KistiEvent;

/**
 * Brings an event stored at an older version to the current one as the store reads it, by the steps in
 * {@link EventUpcasts}: the same steps every Kafka consumer applies, so an aggregate, the history endpoint and the
 * relay see what a consumer sees. The stored row is never touched.
 */
class CatalogUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return olderVersionOf(event).isPresent();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        Class<? extends KistiEvent> type = olderVersionOf(event).orElseThrow();
        int stored = Integer.parseInt(event.getType().getRevision());
        String current = String.valueOf(EventCatalog.typeOf(type).version());
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), current), JsonNode.class,
                json -> EventUpcasts.toCurrent(type, stored, (ObjectNode) json));
    }

    private static Optional<Class<? extends KistiEvent>> olderVersionOf(IntermediateEventRepresentation event) {
        String revision = event.getType().getRevision();
        if (revision == null || !revision.matches("[1-9][0-9]{0,2}")) {
            return Optional.empty();
        }
        return EventCatalog.types().stream()
                .filter(type -> type.getName().equals(event.getType().getName()))
                .filter(type -> EventCatalog.typeOf(type).version() > Integer.parseInt(revision))
                .findFirst();
    }
}
