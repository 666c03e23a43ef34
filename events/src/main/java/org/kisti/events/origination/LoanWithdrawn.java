package org.kisti.events.origination;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** She withdrew her application on {@code withdrawnOn} before it was decided; {@code recordedBy} is the staff user. */
@EventType(name = "org.kisti.loans.LoanWithdrawn", version = 1)
public record LoanWithdrawn(String orgId, String applicationId, String memberId, LocalDate withdrawnOn,
        String reason, String recordedBy) implements OriginationEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }

    @Override
    public LocalDate businessDate() {
        return withdrawnOn;
    }
}
