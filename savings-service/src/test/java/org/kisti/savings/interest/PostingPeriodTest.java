package org.kisti.savings.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kisti.savings.interest.Given.day;

import org.junit.jupiter.api.Test;

class PostingPeriodTest {

    @Test
    void every_month_end_and_only_a_month_end_closes_a_monthly_period() {
        assertThat(PostingPeriod.MONTHLY.endsOn(day(2026, 1, 31))).isTrue();
        assertThat(PostingPeriod.MONTHLY.endsOn(day(2026, 2, 28))).isTrue();
        assertThat(PostingPeriod.MONTHLY.endsOn(day(2028, 2, 28))).isFalse();
        assertThat(PostingPeriod.MONTHLY.endsOn(day(2028, 2, 29))).isTrue();
        assertThat(PostingPeriod.MONTHLY.endsOn(day(2026, 4, 30))).isTrue();
        assertThat(PostingPeriod.MONTHLY.endsOn(day(2026, 5, 30))).isFalse();
    }

    @Test
    void quarters_end_on_31_march_30_june_30_september_and_31_december() {
        assertThat(PostingPeriod.QUARTERLY.endsOn(day(2026, 3, 31))).isTrue();
        assertThat(PostingPeriod.QUARTERLY.endsOn(day(2026, 6, 30))).isTrue();
        assertThat(PostingPeriod.QUARTERLY.endsOn(day(2026, 9, 30))).isTrue();
        assertThat(PostingPeriod.QUARTERLY.endsOn(day(2026, 12, 31))).isTrue();
        assertThat(PostingPeriod.QUARTERLY.endsOn(day(2026, 1, 31))).isFalse();
        assertThat(PostingPeriod.QUARTERLY.endsOn(day(2026, 5, 31))).isFalse();
        assertThat(PostingPeriod.QUARTERLY.endsOn(day(2026, 3, 30))).isFalse();
    }

    @Test
    void halves_end_on_30_june_and_31_december_and_years_on_31_december() {
        assertThat(PostingPeriod.HALF_YEARLY.endsOn(day(2026, 6, 30))).isTrue();
        assertThat(PostingPeriod.HALF_YEARLY.endsOn(day(2026, 12, 31))).isTrue();
        assertThat(PostingPeriod.HALF_YEARLY.endsOn(day(2026, 3, 31))).isFalse();
        assertThat(PostingPeriod.HALF_YEARLY.endsOn(day(2026, 9, 30))).isFalse();
        assertThat(PostingPeriod.YEARLY.endsOn(day(2026, 12, 31))).isTrue();
        assertThat(PostingPeriod.YEARLY.endsOn(day(2026, 6, 30))).isFalse();
        assertThat(PostingPeriod.YEARLY.endsOn(day(2026, 12, 30))).isFalse();
    }

    @Test
    void the_calendar_period_ending_on_a_day_starts_on_the_first_of_its_first_month() {
        assertThat(PostingPeriod.MONTHLY.firstDayOfPeriodEndingOn(day(2028, 2, 29))).isEqualTo(day(2028, 2, 1));
        assertThat(PostingPeriod.QUARTERLY.firstDayOfPeriodEndingOn(day(2026, 3, 31))).isEqualTo(day(2026, 1, 1));
        assertThat(PostingPeriod.QUARTERLY.firstDayOfPeriodEndingOn(day(2026, 9, 30))).isEqualTo(day(2026, 7, 1));
        assertThat(PostingPeriod.HALF_YEARLY.firstDayOfPeriodEndingOn(day(2026, 12, 31))).isEqualTo(day(2026, 7, 1));
        assertThat(PostingPeriod.YEARLY.firstDayOfPeriodEndingOn(day(2026, 12, 31))).isEqualTo(day(2026, 1, 1));
    }

    @Test
    void asking_for_the_period_ending_on_a_day_that_ends_none_is_refused() {
        assertThatThrownBy(() -> PostingPeriod.QUARTERLY.firstDayOfPeriodEndingOn(day(2026, 2, 28)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
