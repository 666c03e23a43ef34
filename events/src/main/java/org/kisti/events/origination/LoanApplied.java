package org.kisti.events.origination;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/** A member applied for a loan of a product, for a purpose, from a fund; {@code appliedBy} is the staff user. */
@EventType(name = "org.kisti.loans.LoanApplied", version = 1)
public record LoanApplied(String orgId, String applicationId, String memberId, String productId, Money amount,
        int installments, String purpose, String fundId, LocalDate appliedOn, LocalDate disbursementDate,
        LocalDate firstRepaymentDate, String appliedBy) implements OriginationEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }

    @Override
    public LocalDate businessDate() {
        return appliedOn;
    }
}
