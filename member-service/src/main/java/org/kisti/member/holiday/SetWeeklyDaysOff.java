package org.kisti.member.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organisation's weekly days off from a date on. */
public record SetWeeklyDaysOff(String orgId, @TargetAggregateIdentifier String calendarId, LocalDate effectiveFrom,
        List<DayOfWeek> days) {}
