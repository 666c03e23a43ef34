package org.kisti.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kisti.loan.schedule.DueDates.Calendar;
import org.kisti.loan.schedule.DueDates.HolidayRule;

/** KMSS's weekly loan: instalments due on Mondays from 19 January 2026; 26 January is a holiday. */
class DueDatesTest {

    private static final RepaymentSchedule WEEKLY = ScheduleCalculator.calculate(TestLoanTerms.kmssWeekly().build());
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 1, 26);
    private static final LocalDate DISBURSED = LocalDate.of(2026, 1, 5);

    @Test
    void aDueDateOnAHolidayMovesToTheNextDayThatIsNotOne() {
        RepaymentSchedule moved = DueDates.onWorkingDays(WEEKLY, new Calendar(HolidayRule.NEXT_WORKING_DAY,
                Set.of(HOLIDAY, HOLIDAY.plusDays(1)), null), DISBURSED);

        assertThat(moved.installments().get(1).dueDate()).isEqualTo(HOLIDAY.plusDays(2));
        assertThat(moved.installments().get(2).dueDate()).isEqualTo(HOLIDAY.plusWeeks(1));
        assertThat(moved.totals()).isEqualTo(WEEKLY.totals());
    }

    @Test
    void toTheGroupsNextMeetingDayWhenTheProductSaysSo() {
        RepaymentSchedule moved = DueDates.onWorkingDays(WEEKLY, new Calendar(HolidayRule.NEXT_MEETING_DAY,
                Set.of(HOLIDAY), DayOfWeek.WEDNESDAY), DISBURSED);

        assertThat(moved.installments().get(1).dueDate()).isEqualTo(LocalDate.of(2026, 1, 28));
    }

    @Test
    void aProductWhoseDueDatesStayAndADateBeforeTheRescheduleAreLeftAlone() {
        assertThat(DueDates.onWorkingDays(WEEKLY, new Calendar(HolidayRule.STAYS, Set.of(HOLIDAY), null), DISBURSED))
                .isEqualTo(WEEKLY);
        assertThat(DueDates.onWorkingDays(WEEKLY, new Calendar(HolidayRule.NEXT_WORKING_DAY, Set.of(HOLIDAY), null),
                HOLIDAY.plusDays(1)).installments().get(1).dueDate()).isEqualTo(HOLIDAY);
    }
}
