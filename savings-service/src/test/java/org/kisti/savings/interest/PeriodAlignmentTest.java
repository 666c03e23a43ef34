package org.kisti.savings.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kisti.savings.interest.Given.daily;
import static org.kisti.savings.interest.Given.day;
import static org.kisti.savings.interest.Given.deposit;
import static org.kisti.savings.interest.Given.posting;
import static org.kisti.savings.interest.PostingPeriod.HALF_YEARLY;
import static org.kisti.savings.interest.PostingPeriod.MONTHLY;
import static org.kisti.savings.interest.PostingPeriod.QUARTERLY;
import static org.kisti.savings.interest.PostingPeriod.YEARLY;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods follow the calendar, not the opening date; only an account's first period starts on its own day. */
class PeriodAlignmentTest {

    private static final List<Movement> THOUSAND_ON_OPENING = List.of(deposit(day(2026, 2, 15), "1000.00"));

    @Test
    void an_account_opened_mid_quarter_has_a_first_period_from_its_opening_to_the_quarter_end() {
        // 15..28 Feb + March = 14 + 31 = 45 days: 45 × 1000 × 6 / 36500 = 7.3972… → 7.40
        // April..June = 91 days on 1007.40: 1007.40 × 91 × 6 / 36500 = 15.0697… → 15.07
        List<Posting> postings = InterestCalculator.postings(day(2026, 2, 15), THOUSAND_ON_OPENING,
                List.of(daily(day(2026, 1, 1), "6", QUARTERLY)), day(2026, 8, 15));

        assertThat(postings).containsExactly(
                posting(day(2026, 2, 15), day(2026, 3, 31), "7.40"),
                posting(day(2026, 4, 1), day(2026, 6, 30), "15.07"));
    }

    @Test
    void quarters_of_a_year_close_on_31_march_30_june_30_september_and_31_december() {
        List<Posting> postings = InterestCalculator.postings(day(2026, 1, 1), THOUSAND_ON_OPENING,
                List.of(daily(day(2026, 1, 1), "6", QUARTERLY)), day(2026, 12, 31));

        assertThat(postings).extracting(Posting::periodStart, Posting::periodEnd).containsExactly(
                tuple(day(2026, 1, 1), day(2026, 3, 31)),
                tuple(day(2026, 4, 1), day(2026, 6, 30)),
                tuple(day(2026, 7, 1), day(2026, 9, 30)),
                tuple(day(2026, 10, 1), day(2026, 12, 31)));
    }

    @Test
    void an_account_opened_in_may_has_half_years_ending_30_june_and_31_december() {
        // 20 May..30 June = 42 days: 42 × 1000 × 6 / 36500 = 6.9041… → 6.90
        // July..December = 184 days on 1006.90: 1006.90 × 184 × 6 / 36500 = 30.4554… → 30.46
        List<Posting> postings = InterestCalculator.postings(day(2026, 5, 20),
                List.of(deposit(day(2026, 5, 20), "1000.00")), List.of(daily(day(2026, 1, 1), "6", HALF_YEARLY)),
                day(2026, 12, 31));

        assertThat(postings).containsExactly(
                posting(day(2026, 5, 20), day(2026, 6, 30), "6.90"),
                posting(day(2026, 7, 1), day(2026, 12, 31), "30.46"));
    }

    @Test
    void a_yearly_period_closes_only_on_31_december() {
        // 15 Feb..31 Dec 2026 = 320 days: 320 × 1000 × 6 / 36500 = 52.6027… → 52.60
        List<Posting> postings = InterestCalculator.postings(day(2026, 2, 15), THOUSAND_ON_OPENING,
                List.of(daily(day(2026, 1, 1), "6", YEARLY)), day(2027, 12, 30));

        assertThat(postings).containsExactly(posting(day(2026, 2, 15), day(2026, 12, 31), "52.60"));
    }

    @Test
    void a_period_end_is_judged_by_the_policy_in_force_on_that_day() {
        // Monthly until 14 Feb, quarterly from 15 Feb: 31 January closes, 28 February does not.
        // January: 31 × 1000 × 6 / 36500 = 5.0958… → 5.10
        // 1 Feb..31 Mar = 59 days on 1005.10: 1005.10 × 59 × 6 / 36500 = 9.7481… → 9.75
        List<Posting> postings = InterestCalculator.postings(day(2026, 1, 1),
                List.of(deposit(day(2026, 1, 1), "1000.00")),
                List.of(daily(day(2026, 1, 1), "6", MONTHLY), daily(day(2026, 2, 15), "6", QUARTERLY)),
                day(2026, 3, 31));

        assertThat(postings).containsExactly(
                posting(day(2026, 1, 1), day(2026, 1, 31), "5.10"),
                posting(day(2026, 2, 1), day(2026, 3, 31), "9.75"));
    }

    @Test
    void of_two_versions_effective_the_same_day_the_later_given_is_in_force() {
        // 30 × 1000 × 8 / 36500 = 6.5753… → 6.58 (6 % would give 4.93)
        List<Posting> postings = InterestCalculator.postings(day(2026, 6, 1),
                List.of(deposit(day(2026, 6, 1), "1000.00")),
                List.of(daily(day(2026, 6, 1), "6", MONTHLY), daily(day(2026, 6, 1), "8", MONTHLY)),
                day(2026, 6, 30));

        assertThat(postings).containsExactly(posting(day(2026, 6, 1), day(2026, 6, 30), "6.58"));
    }
}
