package org.kisti.member.holiday;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code branchId} null: the whole organisation. */
public record DeclareHoliday(String orgId, @TargetAggregateIdentifier String calendarId, String holidayId,
        String branchId, LocalDate date, String name) {}
