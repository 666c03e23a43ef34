package org.kisti.events.origination;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** The application was turned down (or withdrawn by her) on {@code rejectedOn}, for {@code reason}. */
@EventType(name = "org.kisti.loans.LoanRejected", version = 1)
public record LoanRejected(String orgId, String applicationId, String memberId, LocalDate rejectedOn, String reason,
        String rejectedBy) implements OriginationEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }

    @Override
    public LocalDate businessDate() {
        return rejectedOn;
    }
}
