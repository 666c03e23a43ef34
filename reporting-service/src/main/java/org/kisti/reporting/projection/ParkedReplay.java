package org.kisti.reporting.projection;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import org.jboss.logging.Logger;
import org.kisti.platform.parking.ParkedRecord;
import org.kisti.platform.problem.ProblemException;
import org.kisti.reporting.parking.Parking;

/**
 * The operator's step after an upgrade or a fix: applies every parked record this reader can now read, in arrival
 * order per partition; one that still fails stays parked, and so do its aggregate's later records.
 */
@ApplicationScoped
public class ParkedReplay {

    private static final Logger LOG = Logger.getLogger(ParkedReplay.class);

    private final ProjectionConsumer consumer;
    private final Parking parking;

    private final ProjectionGate gate;

    public ParkedReplay(ProjectionConsumer consumer, Parking parking, ProjectionGate gate) {
        this.consumer = consumer;
        this.parking = parking;
        this.gate = gate;
    }

    public record Result(int applied, long stillParked) {}

    /** Blocking: runs on a worker thread. */
    public synchronized Result replay() {
        if (!gate.isOpen()) { // its writes would land in the tables a rebuild is about to retire
            throw ProblemException.about(503, "rebuilding", "Projection rebuilding", "request",
                    "a rebuild of the projection is running; replay once it has switched over");
        }
        Set<String> blocked = new HashSet<>();
        int applied = 0;
        for (ParkedRecord record : parking.waiting()) {
            if (record.subject() != null && blocked.contains(record.subject())) {
                continue;
            }
            try {
                VertxContextSupport.subscribeAndAwait(() -> replayOne(record));
                parking.replayed(record);
                applied++;
            } catch (Throwable e) {
                LOG.warnf("parked record %s stays parked: %s", record.eventId(), e.getMessage());
                blocked.add(record.subject());
            }
        }
        parking.refresh();
        return new Result(applied, parking.waitingCount());
    }

    private Uni<Boolean> replayOne(ParkedRecord record) {
        try {
            return consumer.replay(record);
        } catch (ProjectionConsumer.Unapplicable e) {
            return Uni.createFrom().failure(e);
        }
    }
}
