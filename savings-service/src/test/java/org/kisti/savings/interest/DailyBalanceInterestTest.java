package org.kisti.savings.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kisti.savings.interest.Given.daily;
import static org.kisti.savings.interest.Given.day;
import static org.kisti.savings.interest.Given.deposit;
import static org.kisti.savings.interest.Given.posting;
import static org.kisti.savings.interest.Given.withdrawal;
import static org.kisti.savings.interest.PostingPeriod.MONTHLY;
import static org.kisti.savings.interest.PostingPeriod.QUARTERLY;
import static org.kisti.savings.interest.PostingPeriod.YEARLY;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked answers for the daily balance, each computed by hand in its comment. */
class DailyBalanceInterestTest {

    @Test
    void a_deposit_on_day_10_of_a_30_day_month_at_6_percent_earns_21_days() {
        // 10..30 June is 21 days: 21 × 1000 × 6 / 36500 = 3.4520… → 3.45
        List<Posting> postings = InterestCalculator.postings(day(2026, 6, 1),
                List.of(deposit(day(2026, 6, 10), "1000.00")), List.of(daily(day(2026, 1, 1), "6", MONTHLY)),
                day(2026, 6, 30));

        assertThat(postings).containsExactly(posting(day(2026, 6, 1), day(2026, 6, 30), "3.45"));
    }

    @Test
    void a_rate_change_mid_quarter_applies_each_rate_to_its_own_days() {
        // 1 Jan..15 Feb = 46 days at 6 %, 16 Feb..31 Mar = 44 days at 8 %:
        // (46 × 1000 × 6 + 44 × 1000 × 8) / 36500 = 628000 / 36500 = 17.2054… → 17.21
        List<Posting> postings = InterestCalculator.postings(day(2026, 1, 1),
                List.of(deposit(day(2026, 1, 1), "1000.00")),
                List.of(daily(day(2026, 1, 1), "6", QUARTERLY), daily(day(2026, 2, 16), "8", QUARTERLY)),
                day(2026, 3, 31));

        assertThat(postings).containsExactly(posting(day(2026, 1, 1), day(2026, 3, 31), "17.21"));
    }

    @Test
    void a_back_dated_deposit_counts_in_the_ideal_history_from_its_value_date() {
        // June: (21 × 1000 + 11 × 500) × 6 / 36500 = 159000 / 36500 = 4.3561… → 4.36 (3.45 without the 500)
        // July: (1500 + 4.36) × 31 × 6 / 36500 = 279810.96 / 36500 = 7.6660… → 7.67
        List<Posting> postings = InterestCalculator.postings(day(2026, 6, 1),
                List.of(deposit(day(2026, 6, 10), "1000.00"), deposit(day(2026, 6, 20), "500.00")),
                List.of(daily(day(2026, 1, 1), "6", MONTHLY)), day(2026, 7, 31));

        assertThat(postings).containsExactly(
                posting(day(2026, 6, 1), day(2026, 6, 30), "4.36"),
                posting(day(2026, 7, 1), day(2026, 7, 31), "7.67"));
    }

    @Test
    void interest_posted_at_a_month_end_earns_from_the_next_day() {
        // January: 10000 × 31 × 12 / 36500 = 101.9178… → 101.92 (the posting is not in 31 January's own balance)
        // February: 10101.92 × 28 × 12 / 36500 = 92.9930… → 92.99 (10000 alone would give 92.05)
        List<Posting> postings = InterestCalculator.postings(day(2026, 1, 1),
                List.of(deposit(day(2026, 1, 1), "10000.00")), List.of(daily(day(2026, 1, 1), "12", MONTHLY)),
                day(2026, 2, 28));

        assertThat(postings).containsExactly(
                posting(day(2026, 1, 1), day(2026, 1, 31), "101.92"),
                posting(day(2026, 2, 1), day(2026, 2, 28), "92.99"));
    }

    @Test
    void a_withdrawal_stops_earning_on_its_own_value_date() {
        // 1000 on 1..9 June, 400 from 10 June: (9 × 1000 + 21 × 400) × 6 / 36500 = 104400 / 36500 = 2.8602… → 2.86
        List<Posting> postings = InterestCalculator.postings(day(2026, 6, 1),
                List.of(deposit(day(2026, 6, 1), "1000.00"), withdrawal(day(2026, 6, 10), "600.00")),
                List.of(daily(day(2026, 1, 1), "6", MONTHLY)), day(2026, 6, 30));

        assertThat(postings).containsExactly(posting(day(2026, 6, 1), day(2026, 6, 30), "2.86"));
    }

    @Test
    void the_29th_of_february_accrues_one_more_day_at_the_same_365th() {
        // 36500 × 10 / 36500 = 10.00 a day, leap year or not: February 2028 is 29 days → 290.00,
        // and a deposit made on 29 February earns that one day: 10.00
        assertThat(InterestCalculator.postings(day(2028, 2, 1), List.of(deposit(day(2028, 2, 1), "36500.00")),
                List.of(daily(day(2028, 1, 1), "10", MONTHLY)), day(2028, 2, 29)))
                .containsExactly(posting(day(2028, 2, 1), day(2028, 2, 29), "290.00"));
        assertThat(InterestCalculator.postings(day(2028, 2, 1), List.of(deposit(day(2028, 2, 29), "36500.00")),
                List.of(daily(day(2028, 1, 1), "10", MONTHLY)), day(2028, 2, 29)))
                .containsExactly(posting(day(2028, 2, 1), day(2028, 2, 29), "10.00"));
    }

    @Test
    void a_leap_year_of_366_days_earns_slightly_more_than_the_annual_rate() {
        // ACTUAL/365 always: 36500 × 366 × 10 / 36500 = 3660.00, not 3650.00
        assertThat(InterestCalculator.postings(day(2028, 1, 1), List.of(deposit(day(2028, 1, 1), "36500.00")),
                List.of(daily(day(2028, 1, 1), "10", YEARLY)), day(2028, 12, 31)))
                .containsExactly(posting(day(2028, 1, 1), day(2028, 12, 31), "3660.00"));
    }

    @Test
    void nothing_accrues_and_no_period_ends_before_the_first_policy() {
        // No policy in January, so 31 January ends no period; February: 28 × 1000 × 6 / 36500 = 4.6027… → 4.60
        List<Posting> postings = InterestCalculator.postings(day(2026, 1, 1),
                List.of(deposit(day(2026, 1, 1), "1000.00")), List.of(daily(day(2026, 2, 1), "6", MONTHLY)),
                day(2026, 2, 28));

        assertThat(postings).containsExactly(posting(day(2026, 1, 1), day(2026, 2, 28), "4.60"));
    }

    @Test
    void nothing_is_posted_through_a_day_before_the_account_opened() {
        assertThat(InterestCalculator.postings(day(2026, 6, 1), List.of(deposit(day(2026, 6, 1), "1000.00")),
                List.of(daily(day(2026, 1, 1), "6", MONTHLY)), day(2026, 5, 31))).isEmpty();
    }

    @Test
    void money_deposited_before_the_opening_earns_only_from_the_opening() {
        // A movement dated before openedOn is in the balance, but days before openedOn accrue nothing:
        // 16..30 June = 15 days: 15 × 1000 × 6 / 36500 = 2.4657… → 2.47
        assertThat(InterestCalculator.postings(day(2026, 6, 16), List.of(deposit(day(2026, 6, 1), "1000.00")),
                List.of(daily(day(2026, 1, 1), "6", MONTHLY)), day(2026, 6, 30)))
                .containsExactly(posting(day(2026, 6, 16), day(2026, 6, 30), "2.47"));
    }

    @Test
    void a_negative_balance_accrues_negative_interest_as_computed() {
        // The calculator does not judge balances: -1000 for 30 days at 6 % = -4.9315… → -4.93 (HALF_UP is away from 0)
        assertThat(InterestCalculator.postings(day(2026, 6, 1), List.of(withdrawal(day(2026, 6, 1), "1000.00")),
                List.of(daily(day(2026, 1, 1), "6", MONTHLY)), day(2026, 6, 30)))
                .containsExactly(posting(day(2026, 6, 1), day(2026, 6, 30), "-4.93"));
    }
}
