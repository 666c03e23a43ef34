package org.kisti.events.origination;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kisti.events.EventType;

/** The organisation's regulatory cap on a product's effective annual rate from {@code effectiveFrom} (MRA: 27 %). */
@EventType(name = "org.kisti.loans.LendingPolicySet", version = 1)
public record LendingPolicySet(String orgId, String policyId, LocalDate effectiveFrom,
        BigDecimal maxEffectiveAnnualRate) implements OriginationEvent {

    @Override
    public String aggregateId() {
        return policyId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveFrom;
    }
}
