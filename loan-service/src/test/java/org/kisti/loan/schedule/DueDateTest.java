package org.kisti.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDateTest {

    @ParameterizedTest(name = "first {0}: {1}, {2}, {3}")
    @CsvSource({
        // Leap year 2028: clamped to Feb 29, then back to the 31st (not chained from Feb 29).
        "2028-01-31, 2028-02-29, 2028-03-31, 2028-04-30",
        // Common year 2027: Feb 28.
        "2027-01-31, 2027-02-28, 2027-03-31, 2027-04-30",
        "2028-01-30, 2028-02-29, 2028-03-30, 2028-04-30",
        "2027-12-31, 2028-01-31, 2028-02-29, 2028-03-31",
        "2026-11-30, 2026-12-30, 2027-01-30, 2027-02-28",
    })
    void monthlyDueDatesAreClampedToTheMonthEndFromTheFirstDueDate(LocalDate first, LocalDate second,
            LocalDate third, LocalDate fourth) {
        RepaymentSchedule schedule = TestLoanTerms.monthlyDeclining("1000.00", "12", 4)
                .disbursed(first.minusDays(30)).firstRepayment(first).schedule();

        assertThat(schedule.installments()).extracting(Installment::dueDate)
                .containsExactly(first, second, third, fourth);
    }

    @Test
    void weeklyAndFortnightlyDueDatesStepBySevenAndFourteenDays() {
        RepaymentSchedule weekly = TestLoanTerms.kmssWeekly().installments(3)
                .firstRepayment(LocalDate.of(2028, 2, 22)).schedule();
        RepaymentSchedule fortnightly = TestLoanTerms.kmssWeekly().installments(3)
                .frequency(RepaymentFrequency.FORTNIGHTLY).firstRepayment(LocalDate.of(2028, 2, 22)).schedule();

        assertThat(weekly.installments()).extracting(Installment::dueDate).containsExactly(
                LocalDate.of(2028, 2, 22), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 7));
        assertThat(fortnightly.installments()).extracting(Installment::dueDate).containsExactly(
                LocalDate.of(2028, 2, 22), LocalDate.of(2028, 3, 7), LocalDate.of(2028, 3, 21));
    }

    @Test
    void frequenciesKnowTheirPeriodsPerYear() {
        assertThat(RepaymentFrequency.WEEKLY.periodsPerYear()).isEqualTo(52);
        assertThat(RepaymentFrequency.FORTNIGHTLY.periodsPerYear()).isEqualTo(26);
        assertThat(RepaymentFrequency.MONTHLY.periodsPerYear()).isEqualTo(12);
    }
}
