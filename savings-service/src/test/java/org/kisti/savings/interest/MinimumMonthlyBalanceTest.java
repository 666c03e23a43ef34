package org.kisti.savings.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kisti.savings.interest.Given.daily;
import static org.kisti.savings.interest.Given.day;
import static org.kisti.savings.interest.Given.deposit;
import static org.kisti.savings.interest.Given.minimumMonthly;
import static org.kisti.savings.interest.Given.posting;
import static org.kisti.savings.interest.Given.withdrawal;
import static org.kisti.savings.interest.PostingPeriod.MONTHLY;
import static org.kisti.savings.interest.PostingPeriod.QUARTERLY;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked answers for the minimum monthly balance, each computed by hand in its comment. */
class MinimumMonthlyBalanceTest {

    private static final List<InterestPolicy> SIX_PERCENT = List.of(minimumMonthly(day(2026, 1, 1), "6", MONTHLY));

    @Test
    void a_month_whose_first_deposit_arrives_mid_month_earns_nothing_and_the_next_month_earns_in_full() {
        // March: the balance is 0 until 15 March, so the lowest is 0 → 0.00
        // April: lowest 1000 every day: 1000 × 30 × 6 / 36500 = 4.9315… → 4.93
        List<Posting> postings = InterestCalculator.postings(day(2026, 3, 1),
                List.of(deposit(day(2026, 3, 15), "1000.00")), SIX_PERCENT, day(2026, 4, 30));

        assertThat(postings).containsExactly(
                posting(day(2026, 3, 1), day(2026, 3, 31), "0.00"),
                posting(day(2026, 4, 1), day(2026, 4, 30), "4.93"));
    }

    @Test
    void a_withdrawal_mid_month_lowers_every_day_of_the_month_and_last_months_interest_counts_from_the_1st() {
        // April: 4.93 as above, credited on 30 April, in the balance from 1 May.
        // May: lowest is 1004.93 − 400 = 604.93 (from 20 May), for all 31 days:
        // 604.93 × 31 × 6 / 36500 = 3.0826… → 3.08 (600 alone would give 3.06)
        List<Posting> postings = InterestCalculator.postings(day(2026, 3, 1),
                List.of(deposit(day(2026, 3, 15), "1000.00"), withdrawal(day(2026, 5, 20), "400.00")),
                SIX_PERCENT, day(2026, 5, 31));

        assertThat(postings).containsExactly(
                posting(day(2026, 3, 1), day(2026, 3, 31), "0.00"),
                posting(day(2026, 4, 1), day(2026, 4, 30), "4.93"),
                posting(day(2026, 5, 1), day(2026, 5, 31), "3.08"));
    }

    @Test
    void the_days_of_the_opening_month_before_the_opening_count_as_a_zero_balance() {
        // Opened and funded on 10 March; 1..9 March count as 0, so March's lowest is 0 → 0.00
        List<Posting> postings = InterestCalculator.postings(day(2026, 3, 10),
                List.of(deposit(day(2026, 3, 10), "1000.00")), SIX_PERCENT, day(2026, 3, 31));

        assertThat(postings).containsExactly(posting(day(2026, 3, 10), day(2026, 3, 31), "0.00"));
    }

    @Test
    void each_day_uses_the_basis_of_the_policy_in_force_that_day() {
        // 1000 from 1 March, 500 withdrawn on 25 March; daily balance until 20 March, minimum monthly from 21 March.
        // 1..20 March daily: 20 × 1000; 21..31 March on March's lowest, 500: 11 × 500.
        // (20000 + 5500) × 6 / 36500 = 4.1917… → 4.19 (all daily: 4.52; all minimum: 2.55)
        List<Posting> postings = InterestCalculator.postings(day(2026, 3, 1),
                List.of(deposit(day(2026, 3, 1), "1000.00"), withdrawal(day(2026, 3, 25), "500.00")),
                List.of(daily(day(2026, 1, 1), "6", MONTHLY), minimumMonthly(day(2026, 3, 21), "6", MONTHLY)),
                day(2026, 3, 31));

        assertThat(postings).containsExactly(posting(day(2026, 3, 1), day(2026, 3, 31), "4.19"));
    }

    @Test
    void in_a_quarter_each_month_earns_on_its_own_lowest_balance() {
        // January lowest 0 (deposit on 10 Jan), February 1000, March 1000 − 300 = 700 (withdrawal on 31 March):
        // (0 × 31 + 1000 × 28 + 700 × 31) × 6 / 36500 = 298200 / 36500 = 8.1698… → 8.17
        List<Posting> postings = InterestCalculator.postings(day(2026, 1, 1),
                List.of(deposit(day(2026, 1, 10), "1000.00"), withdrawal(day(2026, 3, 31), "300.00")),
                List.of(minimumMonthly(day(2026, 1, 1), "6", QUARTERLY)), day(2026, 3, 31));

        assertThat(postings).containsExactly(posting(day(2026, 1, 1), day(2026, 3, 31), "8.17"));
    }
}
