package org.kisti.reporting.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Lets the live consumers apply records, or holds them while the projection is switched to rebuilt tables. A held
 * record waits (its channel with it) and is applied once the gate opens, in the tables then current; nothing is
 * skipped and its offset is not committed before.
 */
@ApplicationScoped
public class ProjectionGate {

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile CompletableFuture<Void> open = CompletableFuture.completedFuture(null);

    /** Runs the work now if the gate is open, else once it opens, on the caller's Vert.x context. */
    Uni<Void> pass(Supplier<Uni<Void>> work) {
        return Uni.createFrom().deferred(() -> {
            inFlight.incrementAndGet();
            CompletableFuture<Void> gate = open;
            if (gate.isDone()) {
                return work.get().eventually(inFlight::decrementAndGet);
            }
            inFlight.decrementAndGet();
            Context context = Vertx.currentContext();
            Uni<Void> opened = Uni.createFrom().completionStage(gate);
            if (context != null) {
                opened = opened.emitOn(task -> context.runOnContext(ignored -> task.run()));
            }
            return opened.chain(() -> pass(work));
        });
    }

    /** Holds new records and waits until those being applied have committed. */
    public synchronized void close(Duration patience) throws InterruptedException {
        open = new CompletableFuture<>();
        long deadline = System.nanoTime() + patience.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(inFlight.get() + " records still being applied after " + patience);
            }
            Thread.sleep(10);
        }
    }

    /** False while a rebuild holds the consumers. */
    public boolean isOpen() {
        return open.isDone();
    }

    public synchronized void open() {
        open.complete(null);
    }
}
