package org.kisti.events.origination;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** A source loans are funded from (the core fund, a PKSF or bank line, zakat); funder reports rest on it. */
@EventType(name = "org.kisti.loans.FundRegistered", version = 1)
public record FundRegistered(String orgId, String fundId, String name, String funderId, String currency,
        LocalDate registeredOn) implements OriginationEvent {

    @Override
    public String aggregateId() {
        return fundId;
    }

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }
}
