package org.kisti.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RateDisclosureTest {

    @Test
    void givenADecliningMonthlyLoanAt24Percent_whenDisclosed_thenNominalIsNear24AndEffectiveNear1Point02ToThe12th() {
        // With periods of exactly 365/12 days the nominal would be 24.00 up to the 0.01 rounding of A.
        // Real months run 28–31 days and the 31-day Jan 15 → Feb 15 first period is longer than
        // 30.42 days: an independent calculation (Python, same formula) gives nominal 24.103 and
        // effective 26.953 (vs 1.02^12 − 1 = 26.824 with equal periods). So ±0.25 points around
        // 24 and 26.82 admits the day-count effect but catches any wrong periodic rate (the next
        // candidates, e.g. 12 × 2.02 %, are ≥ 0.24 away — nothing else is this close).
        RepaymentSchedule schedule = TestLoanTerms.monthlyDeclining("10000.00", "24", 12)
                .rounding("0.01", RoundingMode.HALF_UP)
                .disbursed(LocalDate.of(2026, 1, 15)).firstRepayment(LocalDate.of(2026, 2, 15)).schedule();

        assertThat(schedule.nominalAnnualRate().doubleValue()).isCloseTo(24.0, within(0.25));
        assertThat(schedule.effectiveAnnualRate().doubleValue()).isCloseTo(26.82, within(0.25));
        assertThat(schedule.nominalAnnualRate()).isEqualTo("24.10");
        assertThat(schedule.effectiveAnnualRate()).isEqualTo("26.95");
    }

    @Test
    void givenTheFlatExample_whenDisclosed_thenTheEffectiveRateIsFarAboveTheQuotedFlatRate() {
        // 12.5 % flat per loan over ~10.4 months, plus 1 % upfront, on a principal that is paid
        // down weekly: the borrower has on average about half of it, so the true cost is about
        // 2.5 times the quoted rate. Independent calculation: effective 32.03 %, nominal 27.86 %.
        RepaymentSchedule schedule = TestLoanTerms.kmssWeekly().schedule();

        assertThat(schedule.effectiveAnnualRate()).isEqualTo("32.03");
        assertThat(schedule.nominalAnnualRate()).isEqualTo("27.86");
        assertThat(schedule.effectiveAnnualRate()).isGreaterThan(new BigDecimal("25"));
    }

    @Test
    void givenTheFlatExampleWithoutCharge_whenDisclosed_thenTheChargeAccountsForTheDifference() {
        RepaymentSchedule withCharge = TestLoanTerms.kmssWeekly().schedule();
        RepaymentSchedule without = TestLoanTerms.kmssWeekly().noCharge().schedule();

        assertThat(without.effectiveAnnualRate()).isEqualTo("29.12");
        assertThat(without.nominalAnnualRate()).isEqualTo("25.62");
        assertThat(withCharge.effectiveAnnualRate()).isGreaterThan(without.effectiveAnnualRate());
    }

    @Test
    void givenAVeryShortCostlyLoan_whenDisclosed_thenTheRateIsHugeButFinite() {
        // 100 % per loan repaid 7 days later: (2)^(365/7) − 1 ≈ 4.9e15, in percent.
        RepaymentSchedule schedule = TestLoanTerms.kmssWeekly().installments(1).rate("100").noCharge()
                .firstRepayment(LocalDate.of(2026, 1, 12)).schedule();

        assertThat(schedule.effectiveAnnualRate()).isGreaterThan(new BigDecimal("1e17"));
    }

    @Test
    void disclosureIsDeterministic() {
        RepaymentSchedule first = TestLoanTerms.kmssWeekly().schedule();
        RepaymentSchedule second = TestLoanTerms.kmssWeekly().schedule();

        assertThat(second).isEqualTo(first);
    }
}
