package org.kisti.loan.product;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kisti.events.origination.FundRegistered;
import org.kisti.events.origination.LendingPolicySet;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.platform.time.InForce;

/** Products, funds and the lending policy as their events say, for the edge to read and pass on as seen. */
@ApplicationScoped
public class ProductFacts {

    private final EventHistory history;

    public ProductFacts(EventHistory history) {
        this.history = history;
    }

    public List<LoanProductVersioned> versions(String orgId, String productId) {
        return history.factsIfAny(orgId, productId, LoanProductVersioned.class);
    }

    /** The version in force on the day: the latest dated on or before it. */
    public Optional<LoanProductVersioned> inForceOn(String orgId, String productId, LocalDate day) {
        return InForce.on(versions(orgId, productId), LoanProductVersioned::effectiveFrom, day);
    }

    /** The cap on effective annual rates in force on the day, if the organisation set one. */
    public Optional<BigDecimal> capOn(String orgId, LocalDate day) {
        return InForce.on(history.factsIfAny(orgId, LendingPolicy.idOf(orgId), LendingPolicySet.class),
                LendingPolicySet::effectiveFrom, day).map(LendingPolicySet::maxEffectiveAnnualRate);
    }

    public Optional<FundRegistered> fund(String orgId, String fundId) {
        return history.factsIfAny(orgId, fundId, FundRegistered.class).stream().findFirst();
    }
}
