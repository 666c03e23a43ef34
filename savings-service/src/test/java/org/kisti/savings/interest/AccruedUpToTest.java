package org.kisti.savings.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kisti.savings.interest.Given.daily;
import static org.kisti.savings.interest.Given.day;
import static org.kisti.savings.interest.Given.deposit;
import static org.kisti.savings.interest.Given.minimumMonthly;
import static org.kisti.savings.interest.Given.posting;
import static org.kisti.savings.interest.Given.withdrawal;
import static org.kisti.savings.interest.PostingPeriod.MONTHLY;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The interest a closing account is owed beyond its last posting. */
class AccruedUpToTest {

    private static final List<InterestPolicy> DAILY_SIX = List.of(daily(day(2026, 1, 1), "6", MONTHLY));
    private static final List<Movement> THOUSAND_ON_10_JUNE = List.of(deposit(day(2026, 6, 10), "1000.00"));

    @Test
    void after_the_last_period_end_interest_accrues_up_to_the_last_day_included() {
        // June posted 3.45; 1..15 July on 1003.45: 1003.45 × 15 × 6 / 36500 = 2.4742… → 2.47
        assertThat(InterestCalculator.accruedUpTo(day(2026, 6, 1), THOUSAND_ON_10_JUNE, DAILY_SIX, day(2026, 7, 15)))
                .isEqualTo(posting(day(2026, 7, 1), day(2026, 7, 15), "2.47"));
    }

    @Test
    void with_no_period_ended_interest_accrues_from_the_opening() {
        // 10..20 June = 11 days: 11 × 1000 × 6 / 36500 = 1.8082… → 1.81
        assertThat(InterestCalculator.accruedUpTo(day(2026, 6, 1), THOUSAND_ON_10_JUNE, DAILY_SIX, day(2026, 6, 20)))
                .isEqualTo(posting(day(2026, 6, 1), day(2026, 6, 20), "1.81"));
    }

    @Test
    void the_accrual_is_rounded_once_not_day_by_day() {
        // 10 days × 100 × 6 / 36500 = 0.1643… → 0.16; rounding each day's 0.0164… to 0.02 would give 0.20
        assertThat(InterestCalculator.accruedUpTo(day(2026, 6, 1), List.of(deposit(day(2026, 6, 1), "100.00")),
                DAILY_SIX, day(2026, 6, 10)))
                .isEqualTo(posting(day(2026, 6, 1), day(2026, 6, 10), "0.16"));
    }

    @Test
    void on_a_period_end_the_posting_covers_the_last_day_and_nothing_more_is_accrued() {
        assertThat(InterestCalculator.accruedUpTo(day(2026, 6, 1), THOUSAND_ON_10_JUNE, DAILY_SIX, day(2026, 6, 30)))
                .isEqualTo(posting(day(2026, 7, 1), day(2026, 6, 30), "0.00"));
    }

    @Test
    void a_posting_earns_from_the_day_after_its_period_end() {
        // January posted 101.92 (see DailyBalanceInterestTest); 1 February on 10101.92 at 12 %:
        // 10101.92 × 12 / 36500 = 3.3212… → 3.32 (10000 alone would give 3.29)
        assertThat(InterestCalculator.accruedUpTo(day(2026, 1, 1), List.of(deposit(day(2026, 1, 1), "10000.00")),
                List.of(daily(day(2026, 1, 1), "12", MONTHLY)), day(2026, 2, 1)))
                .isEqualTo(posting(day(2026, 2, 1), day(2026, 2, 1), "3.32"));
    }

    @Test
    void the_last_month_under_the_minimum_balance_looks_only_at_its_days_up_to_the_last_day() {
        // March: 1000 all month: 31 × 1000 × 6 / 36500 = 5.0958… → 5.10, in the balance from 1 April.
        // 1..15 April, before the 600 withdrawal of 20 April: lowest 1005.10 → 1005.10 × 15 × 6 / 36500 = 2.4783… → 2.48
        // 1..25 April, after it: lowest 405.10 → 405.10 × 25 × 6 / 36500 = 1.6648… → 1.66
        List<Movement> movements = List.of(deposit(day(2026, 3, 1), "1000.00"), withdrawal(day(2026, 4, 20), "600.00"));
        List<InterestPolicy> minimum = List.of(minimumMonthly(day(2026, 1, 1), "6", MONTHLY));

        assertThat(InterestCalculator.accruedUpTo(day(2026, 3, 1), movements, minimum, day(2026, 4, 15)))
                .isEqualTo(posting(day(2026, 4, 1), day(2026, 4, 15), "2.48"));
        assertThat(InterestCalculator.accruedUpTo(day(2026, 3, 1), movements, minimum, day(2026, 4, 25)))
                .isEqualTo(posting(day(2026, 4, 1), day(2026, 4, 25), "1.66"));
    }
}
