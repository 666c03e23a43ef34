package org.kisti.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The published example of every event type, as JSON exactly as the relay writes it: pinned by the producer's snapshot
 * test and read by every consumer's contract test, so a producer change that breaks a consumer fails the build.
 * Adding an event type means adding its fixture here ({@code PublishedEventSnapshotTest} says so if it is missing).
 */
public final class EventFixtures {

    private EventFixtures() {}

    /** The resource name of a type's fixture, e.g. {@code fixtures/MemberEnrolled.v1.json} beside this class. */
    public static byte[] json(Class<? extends KistiEvent> type) {
        return json(type, EventCatalog.typeOf(type).version());
    }

    /** The fixture of an older version: the JSON as it was stored and published then, which upcasts are tested on. */
    public static byte[] json(Class<? extends KistiEvent> type, int version) {
        String resource = "fixtures/" + type.getSimpleName() + ".v" + version + ".json";
        try (InputStream in = EventFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no published fixture " + resource + " for " + type.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <E extends KistiEvent> E example(Class<E> type) {
        try {
            return EventJson.newMapper().readValue(json(type), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
