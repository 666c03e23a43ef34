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
import org.kisti.platform.problem.BusinessRuleViolation;

/** An organisation's holiday calendar: declared days no group meets, for all branches or one. */
public class HolidayCalendar {

    @AggregateIdentifier
    private String calendarId;
    /** "date scope" pairs already declared, so the same day is not declared twice for the same branches. */
    private final Set<String> declared = new HashSet<>();

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

    @EventSourcingHandler
    void on(HolidayDeclared event) {
        calendarId = idOf(event.orgId());
        declared.add(key(event.date(), event.branchId()));
    }

    private static String key(LocalDate date, String branchId) {
        return date + " " + (branchId == null ? "*" : branchId);
    }
}
