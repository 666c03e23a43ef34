package org.kisti.loan.facts;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.kisti.events.EventCatalog;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupMeetingChanged;
import org.kisti.events.organisation.HolidayDeclared;
import org.kisti.events.organisation.WeeklyDaysOffSet;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.loan.schedule.DueDates;

/**
 * The organisation's calendar as member-service publishes it: holidays (the organisation's and each branch's), its
 * weekly days off and each group's meeting day by date, for due dates that fall on a holiday. What a schedule saw is the dates it records.
 */
@Singleton
public class CalendarView implements InboxView {

    private final DataSource dataSource;

    public CalendarView(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String topic() {
        return EventCatalog.MEMBERS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof HolidayDeclared holiday) {
            Sql.update(connection, "insert into known_holiday (org_id, holiday_id, branch_id, day, seen_event_id) values"
                    + " (?, ?, ?, ?, ?) on conflict do nothing", holiday.orgId(), holiday.holidayId(),
                    holiday.branchId(), holiday.date(), event.eventId());
        } else if (event.data() instanceof GroupFormed formed) {
            meeting(connection, formed.orgId(), formed.groupId(), formed.meetingDay(), formed.formedOn(), event);
        } else if (event.data() instanceof WeeklyDaysOffSet daysOff) {
            Sql.update(connection, "insert into weekly_day_off (org_id, from_date, days, seen_event_id) values (?, ?, ?, ?)"
                    + " on conflict do nothing", daysOff.orgId(), daysOff.effectiveFrom(), daysOff.days().stream()
                    .map(DayOfWeek::name).collect(Collectors.joining(",")), event.eventId());
        } else if (event.data() instanceof GroupMeetingChanged changed) {
            meeting(connection, changed.orgId(), changed.groupId(), changed.meetingDay(), changed.effectiveOn(), event);
        }
    }

    /** The holidays that apply to a loan of the branch from {@code from} on, with the group's meeting day then. */
    public DueDates.Calendar calendar(String orgId, String branchId, String groupId, DueDates.HolidayRule rule,
            LocalDate from) {
        if (rule == DueDates.HolidayRule.STAYS) {
            return DueDates.Calendar.NONE;
        }
        Set<LocalDate> holidays = new HashSet<>();
        DayOfWeek meetingDay = null;
        Set<DayOfWeek> daysOff = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = Sql.prepared(connection, "select day from known_holiday where org_id = ?"
                    + " and day >= ? and (branch_id is null or branch_id = ?)", orgId, from, branchId);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    holidays.add(rows.getObject(1, LocalDate.class));
                }
            }
            try (PreparedStatement query = Sql.prepared(connection, "select meeting_day from group_meeting where"
                    + " org_id = ? and group_id = ? and from_date <= ? order by from_date desc limit 1", orgId,
                    groupId, from);
                    ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    meetingDay = DayOfWeek.valueOf(row.getString(1));
                }
            }
            try (PreparedStatement query = Sql.prepared(connection, "select days from weekly_day_off where org_id = ?"
                    + " and from_date <= ? order by from_date desc limit 1", orgId, from);
                    ResultSet row = query.executeQuery()) {
                if (row.next() && !row.getString(1).isEmpty()) {
                    Arrays.stream(row.getString(1).split(",")).map(DayOfWeek::valueOf).forEach(daysOff::add);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the organisation's calendar", e);
        }
        return new DueDates.Calendar(rule, holidays, daysOff, meetingDay);
    }

    private static void meeting(Connection connection, String orgId, String groupId, DayOfWeek day, LocalDate from,
            InboxEvent event) throws SQLException {
        Sql.update(connection, "insert into group_meeting (org_id, group_id, meeting_day, from_date, seen_event_id)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing", orgId, groupId, day.name(), from, event.eventId());
    }
}
