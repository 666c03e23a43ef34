package org.kisti.eventsourcing.axon;

import org.axonframework.serialization.RevisionResolver;
import org.kisti.events.EventType;

/** Stores each event's published version ({@link EventType#version()}) as its Axon revision, for upcasters to key on. */
public class EventTypeRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventType type = payloadType.getAnnotation(EventType.class);
        return type == null ? null : String.valueOf(type.version());
    }
}
