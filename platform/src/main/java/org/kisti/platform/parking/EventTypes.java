package org.kisti.platform.parking;

import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.kisti.events.EventCatalog;
import org.kisti.events.KistiEvent;

/**
 * The event types this build of a consumer can read: the published catalog it was compiled with. A record of any
 * other type is parked until an upgraded build, which knows it, replays it. A bean so that a test can stand in for the
 * upgraded build.
 */
@ApplicationScoped
public class EventTypes {

    public Optional<Class<? extends KistiEvent>> byCeType(String ceType) {
        return ceType == null ? Optional.empty() : EventCatalog.byCeType(ceType);
    }

    /**
     * The event in a record, read as the current version of its type (older versions through their upcasts).
     *
     * @return empty when this build knows no version of the type
     */
    public Optional<KistiEvent> read(ObjectMapper json, String ceType, byte[] value) throws IOException {
        if (ceType == null) {
            return Optional.empty();
        }
        Optional<KistiEvent> catalogued = EventCatalog.read(json, ceType, value);
        if (catalogued.isPresent()) {
            return catalogued;
        }
        Optional<Class<? extends KistiEvent>> type = byCeType(ceType);
        return type.isEmpty() ? Optional.empty() : Optional.of(json.readValue(value, type.get()));
    }
}
