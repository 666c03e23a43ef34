package org.kisti.events.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;

/**
 * From {@code effectiveFrom} the organisation's weekly days off are {@code days} (in Bangladesh, Friday): no group
 * meets then, and a due date moved off a holiday to the next working day skips them. None until set. Keyed by the
 * organisation's holiday calendar.
 */
@EventType(name = "org.kisti.members.WeeklyDaysOffSet", version = 1)
public record WeeklyDaysOffSet(String orgId, String calendarId, LocalDate effectiveFrom, List<DayOfWeek> days)
        implements OrganisationEvent {

    public WeeklyDaysOffSet {
        days = List.copyOf(days);
    }

    @Override
    public String aggregateId() {
        return calendarId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveFrom;
    }
}
