package org.kisti.savings.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over ~200 generated histories each, from fixed seeds so a failure can be replayed. */
class InterestPropertiesTest {

    private static final int HISTORIES = 200;

    @Test
    void postings_are_the_same_whatever_order_the_movements_come_in() {
        Random random = new Random(11);
        for (int i = 0; i < HISTORIES; i++) {
            RandomHistory h = RandomHistory.any(random);
            List<Posting> once = InterestCalculator.postings(h.openedOn(), h.movements(), h.policies(), h.through());
            List<Movement> shuffled = new ArrayList<>(h.movements());
            Collections.shuffle(shuffled, random);

            assertThat(InterestCalculator.postings(h.openedOn(), h.movements(), h.policies(), h.through()))
                    .as("history %d again", i).isEqualTo(once);
            assertThat(InterestCalculator.postings(h.openedOn(), shuffled, h.policies(), h.through()))
                    .as("history %d shuffled", i).isEqualTo(once);
        }
    }

    @Test
    void a_daily_balance_monthly_account_matches_a_naive_month_by_month_recompute_to_the_cent() {
        Random random = new Random(22);
        for (int i = 0; i < HISTORIES; i++) {
            RandomHistory h = RandomHistory.dailyMonthly(random);
            List<Posting> postings = InterestCalculator.postings(h.openedOn(), h.movements(), h.policies(), h.through());
            List<BigDecimal> naive = NaiveMonthlyInterest.monthlyInterest(h.openedOn(), h.movements(),
                    h.policies().get(0).annualRate(), h.through());

            assertThat(postings).extracting(Posting::interest).as("history %d", i).isEqualTo(naive);
            assertThat(sum(postings.stream().map(Posting::interest).toList())).isEqualTo(sum(naive));
        }
    }

    @Test
    void a_later_dated_movement_never_changes_the_postings_of_periods_ending_before_its_value_date() {
        Random random = new Random(33);
        for (int i = 0; i < HISTORIES; i++) {
            RandomHistory h = RandomHistory.any(random);
            LocalDate valueDate = h.openedOn().plusDays(random.nextInt(daysBetween(h.openedOn(), h.through()) + 1));
            List<Movement> more = new ArrayList<>(h.movements());
            more.add(new Movement(valueDate, RandomHistory.amount(random)));

            List<Posting> before = endingBefore(valueDate,
                    InterestCalculator.postings(h.openedOn(), h.movements(), h.policies(), h.through()));
            List<Posting> after = endingBefore(valueDate,
                    InterestCalculator.postings(h.openedOn(), more, h.policies(), h.through()));

            assertThat(after).as("history %d, movement on %s", i, valueDate).isEqualTo(before);
        }
    }

    @Test
    void the_postings_through_an_earlier_day_are_a_prefix_of_the_postings_through_a_later_one() {
        Random random = new Random(44);
        for (int i = 0; i < HISTORIES; i++) {
            RandomHistory h = RandomHistory.any(random);
            LocalDate earlier = h.openedOn().plusDays(random.nextInt(daysBetween(h.openedOn(), h.through())));
            List<Posting> shorter = InterestCalculator.postings(h.openedOn(), h.movements(), h.policies(), earlier);
            List<Posting> longer = InterestCalculator.postings(h.openedOn(), h.movements(), h.policies(), h.through());

            assertThat(longer.size()).isGreaterThanOrEqualTo(shorter.size());
            assertThat(longer.subList(0, shorter.size())).as("history %d through %s", i, earlier).isEqualTo(shorter);
            assertThat(longer.subList(shorter.size(), longer.size()))
                    .allSatisfy(p -> assertThat(p.periodEnd()).isAfter(earlier));
        }
    }

    @Test
    void closing_accrues_from_the_day_after_the_last_posting_and_nothing_on_a_period_end() {
        Random random = new Random(55);
        for (int i = 0; i < HISTORIES; i++) {
            RandomHistory h = RandomHistory.any(random);
            LocalDate lastDay = h.openedOn().plusDays(random.nextInt(daysBetween(h.openedOn(), h.through()) + 1));
            List<Posting> postings = InterestCalculator.postings(h.openedOn(), h.movements(), h.policies(), lastDay);
            Posting accrued = InterestCalculator.accruedUpTo(h.openedOn(), h.movements(), h.policies(), lastDay);

            LocalDate expectedStart = postings.isEmpty() ? h.openedOn()
                    : postings.get(postings.size() - 1).periodEnd().plusDays(1);
            assertThat(accrued.periodStart()).as("history %d closed on %s", i, lastDay).isEqualTo(expectedStart);
            assertThat(accrued.periodEnd()).isEqualTo(lastDay);
            assertThat(accrued.interest().scale()).isEqualTo(2);
            if (expectedStart.isAfter(lastDay)) {
                assertThat(accrued.interest()).isEqualTo(new BigDecimal("0.00"));
            }
        }
    }

    private static List<Posting> endingBefore(LocalDate day, List<Posting> postings) {
        return postings.stream().filter(p -> p.periodEnd().isBefore(day)).toList();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static int daysBetween(LocalDate from, LocalDate to) {
        return (int) (to.toEpochDay() - from.toEpochDay());
    }
}
