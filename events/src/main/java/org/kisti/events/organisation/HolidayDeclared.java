package org.kisti.events.organisation;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** A day no group meets: for the whole organisation, or for one branch when {@code branchId} is set. Loan-service will shift due dates that fall on it. */
@EventType(name = "org.kisti.members.HolidayDeclared", version = 1)
public record HolidayDeclared(String orgId, String holidayId, String branchId, LocalDate date, String name) implements OrganisationEvent {

    @Override
    public String aggregateId() {
        return holidayId;
    }

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
