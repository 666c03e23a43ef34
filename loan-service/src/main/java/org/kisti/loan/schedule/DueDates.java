package org.kisti.loan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a due date that falls on a holiday goes, by the product's rule: to the group's next meeting day that is not a
 * holiday, to the next working day (neither a holiday nor a weekly day off), or nowhere. Amounts never change, only dates; an instalment due
 * before {@code from} (already behind the loan at a reschedule) keeps its date.
 */
public final class DueDates {

    /** A product's rule for due dates on holidays. */
    public enum HolidayRule { NEXT_MEETING_DAY, NEXT_WORKING_DAY, STAYS }

    /**
     * What moving due dates needs: the rule, the holidays that apply to the loan, the organisation's weekly days off,
     * and its group's meeting day.
     */
    public record Calendar(HolidayRule rule, Set<LocalDate> holidays, Set<DayOfWeek> daysOff, DayOfWeek meetingDay) {

        public static final Calendar NONE = new Calendar(HolidayRule.STAYS, Set.of(), Set.of(), null);

        public Calendar {
            holidays = Set.copyOf(holidays);
            daysOff = Set.copyOf(daysOff);
        }
    }

    private DueDates() {}

    public static RepaymentSchedule onWorkingDays(RepaymentSchedule schedule, Calendar calendar, LocalDate from) {
        if (calendar.rule() == HolidayRule.STAYS || calendar.holidays().isEmpty()) {
            return schedule;
        }
        List<Installment> moved = new ArrayList<>();
        for (Installment installment : schedule.installments()) {
            LocalDate due = installment.dueDate();
            moved.add(due.isBefore(from) || !calendar.holidays().contains(due) ? installment
                    : new Installment(installment.number(), next(due, calendar), installment.principal(),
                            installment.interest(), installment.fee()));
        }
        return new RepaymentSchedule(schedule.currency(), moved, Totals.of(moved), schedule.upfrontCharge(),
                schedule.nominalAnnualRate(), schedule.effectiveAnnualRate(), schedule.calculator());
    }

    private static LocalDate next(LocalDate holiday, Calendar calendar) {
        boolean toMeeting = calendar.rule() == HolidayRule.NEXT_MEETING_DAY && calendar.meetingDay() != null;
        LocalDate day = holiday.plusDays(1);
        while (calendar.holidays().contains(day) || calendar.daysOff().contains(day.getDayOfWeek())
                || (toMeeting && day.getDayOfWeek() != calendar.meetingDay())) {
            day = day.plusDays(1);
        }
        return day;
    }
}
