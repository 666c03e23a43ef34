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
                Set.of(HOLIDAY, HOLIDAY.plusDays(1)), Set.of(), null), DISBURSED);

        assertThat(moved.installments().get(1).dueDate()).isEqualTo(HOLIDAY.plusDays(2));
        assertThat(moved.installments().get(2).dueDate()).isEqualTo(HOLIDAY.plusWeeks(1));
        assertThat(moved.totals()).isEqualTo(WEEKLY.totals());
    }

    @Test
    void theNextWorkingDaySkipsTheOrganisationsWeeklyDaysOff() {
        // A holiday on Thursday 29 January; Friday is the weekly day off: the due date goes to Saturday.
        LocalDate thursday = LocalDate.of(2026, 1, 29);
        RepaymentSchedule thursdays = ScheduleCalculator.calculate(TestLoanTerms.kmssWeekly()
                .firstRepayment(LocalDate.of(2026, 1, 22)).build());

        RepaymentSchedule moved = DueDates.onWorkingDays(thursdays, new Calendar(HolidayRule.NEXT_WORKING_DAY,
                Set.of(thursday), Set.of(DayOfWeek.FRIDAY), null), DISBURSED);

        assertThat(moved.installments().get(1).dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void toTheGroupsNextMeetingDayWhenTheProductSaysSo() {
        RepaymentSchedule moved = DueDates.onWorkingDays(WEEKLY, new Calendar(HolidayRule.NEXT_MEETING_DAY,
                Set.of(HOLIDAY), Set.of(), DayOfWeek.WEDNESDAY), DISBURSED);

        assertThat(moved.installments().get(1).dueDate()).isEqualTo(LocalDate.of(2026, 1, 28));
    }

    @Test
    void aProductWhoseDueDatesStayAndADateBeforeTheRescheduleAreLeftAlone() {
        assertThat(DueDates.onWorkingDays(WEEKLY, new Calendar(HolidayRule.STAYS, Set.of(HOLIDAY), Set.of(), null), DISBURSED))
                .isEqualTo(WEEKLY);
        assertThat(DueDates.onWorkingDays(WEEKLY, new Calendar(HolidayRule.NEXT_WORKING_DAY, Set.of(HOLIDAY), Set.of(),
                null),
                HOLIDAY.plusDays(1)).installments().get(1).dueDate()).isEqualTo(HOLIDAY);
    }
}
