package org.kisti.member.holiday;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.kisti.events.organisation.HolidayDeclared;
import org.kisti.events.organisation.WeeklyDaysOffSet;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * An organisation's holiday calendar: declared days no group meets, for all branches or one, and its weekly days off
 * as dated versions.
 */
public class HolidayCalendar {

    @AggregateIdentifier
    private String calendarId;
    /** "date scope" pairs already declared, so the same day is not declared twice for the same branches. */
    private final Set<String> declared = new HashSet<>();
    private LocalDate daysOffFrom;

    protected HolidayCalendar() {
        // for Axon
    }

    public static String idOf(String orgId) {
        return UUID.nameUUIDFromBytes(("holidays\n" + orgId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeclareHoliday command) {
        if (declared.contains(key(command.date(), null))
                || declared.contains(key(command.date(), command.branchId()))) {
            throw new BusinessRuleViolation("date", command.date() + " is already a holiday there");
        }
        apply(new HolidayDeclared(command.orgId(), command.holidayId(), command.branchId(), command.date(),
                command.name()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetWeeklyDaysOff command) {
        if (daysOffFrom != null && command.effectiveFrom().isBefore(daysOffFrom)) {
            throw new BusinessRuleViolation("effectiveFrom", "must not be before the latest version's, " + daysOffFrom
                    + "; weekly days off change from a date on, never back in time");
        }
        if (command.days().size() > 6 || command.days().stream().distinct().count() != command.days().size()) {
            throw new BusinessRuleViolation("days", "must name each day once, and leave a day to meet");
        }
        apply(new WeeklyDaysOffSet(command.orgId(), command.calendarId(), command.effectiveFrom(), command.days()));
    }

    @EventSourcingHandler
    void on(WeeklyDaysOffSet event) {
        calendarId = event.calendarId();
        daysOffFrom = event.effectiveFrom();
    }

    @EventSourcingHandler
    void on(HolidayDeclared event) {
        calendarId = idOf(event.orgId());
        declared.add(key(event.date(), event.branchId()));
    }

    private static String key(LocalDate date, String branchId) {
        return date + " " + (branchId == null ? "*" : branchId);
    }
}
