package org.kisti.events.loan;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.KistiEvent;

/**
 * The organisation's write-off policy from {@code effectiveFrom}: a loan may be written off once its days in arrears
 * reach {@code minDaysInArrears} (MRA: classified bad for two years). Published on {@code kisti.loans.v1}, keyed by
 * the policy (one per organisation).
 */
@EventType(name = "org.kisti.loans.WriteOffPolicySet", version = 1)
public record WriteOffPolicySet(String orgId, String policyId, LocalDate effectiveFrom, int minDaysInArrears)
        implements KistiEvent {

    @Override
    public String aggregateId() {
        return policyId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveFrom;
    }
}
