package org.kisti.platform.parking;

import jakarta.enterprise.context.ApplicationScoped;
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
}
