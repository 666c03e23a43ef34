package org.kisti.savings.product;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.platform.time.InForce;

/** Savings products as their events say, for the edge to read and pass on as seen. */
@ApplicationScoped
public class SavingsProducts {

    private final EventHistory history;

    public SavingsProducts(EventHistory history) {
        this.history = history;
    }

    public List<SavingsProductVersioned> versions(String orgId, String productId) {
        return history.factsIfAny(orgId, productId, SavingsProductVersioned.class);
    }

    public Optional<SavingsProductVersioned> inForceOn(String orgId, String productId, LocalDate day) {
        return productId == null ? Optional.empty()
                : InForce.on(versions(orgId, productId), SavingsProductVersioned::effectiveFrom, day);
    }
}
