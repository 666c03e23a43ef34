package org.kisti.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterestFreeAndChargeTest {

    private static TestLoanTerms qardHasan() {
        return TestLoanTerms.kmssWeekly().method(InterestMethod.INTEREST_FREE).rate(null).noCharge();
    }

    /**
     * 10000.00 over 46 weekly, no interest: P / n = 217.391…
     *  unit 1 HALF_UP → 217.00, last 10000 − 45 × 217 = 235.00
     *  unit 5 HALF_UP → 43.47… → 43 × 5 = 215.00, last 10000 − 9675 = 325.00
     *  unit 10 UP → 21.7… → 22 × 10 = 220.00, last 10000 − 9900 = 100.00
     *  unit 0.01 DOWN → 217.39, last 10000 − 9782.55 = 217.45
     */
    @ParameterizedTest(name = "unit {0} {1}")
    @CsvSource({
        "1,    HALF_UP, 217.00, 235.00",
        "5,    HALF_UP, 215.00, 325.00",
        "10,   UP,      220.00, 100.00",
        "0.01, DOWN,    217.39, 217.45",
    })
    void interestFreePrincipalRounding(String unit, RoundingMode mode, String regular, String last) {
        RepaymentSchedule schedule = qardHasan().rounding(unit, mode).schedule();

        assertThat(schedule.installments().subList(0, 45)).allSatisfy(i -> {
            assertThat(i.principal()).isEqualTo(regular);
            assertThat(i.interest()).isEqualTo("0.00");
        });
        assertThat(schedule.installments().get(45).principal()).isEqualTo(last);
        assertThat(schedule.totals().total()).isEqualTo("10000.00");
    }

    @Test
    void givenInterestFreeWithoutCharge_whenCalculated_thenRatesAreZero() {
        RepaymentSchedule schedule = qardHasan().rate("0").schedule();

        assertThat(schedule.effectiveAnnualRate()).isEqualTo("0.00");
        assertThat(schedule.nominalAnnualRate()).isEqualTo("0.00");
        assertThat(schedule.upfrontCharge()).isEqualTo("0.00");
    }

    @Test
    void givenASpreadCharge_whenInterestFree_thenEachInstalmentCarriesItsFee() {
        // fee = round2(100 / 46 = 2.1739…) = 2.17; the last takes 100 − 45 × 2.17 = 2.35.
        RepaymentSchedule schedule = qardHasan().charge("100.00", ChargeCollection.SPREAD).schedule();

        assertThat(schedule.installments().get(0).fee()).isEqualTo("2.17");
        assertThat(schedule.installments().get(0).total()).isEqualTo("219.17");
        assertThat(schedule.installments().get(45).fee()).isEqualTo("2.35");
        assertThat(schedule.installments().get(45).total()).isEqualTo("237.35");
        assertThat(schedule.totals().fee()).isEqualTo("100.00");
        assertThat(schedule.totals().total()).isEqualTo("10100.00");
        assertThat(schedule.upfrontCharge()).isEqualTo("0.00");
        assertThat(schedule.effectiveAnnualRate()).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    void givenASpreadCharge_whenFlat_thenTheFeeIsAddedOnTopOfTheRoundedInstalment() {
        // The spread fee is not part of the rounded principal + interest: 245.00 + 2.17 = 247.17.
        RepaymentSchedule schedule = TestLoanTerms.kmssWeekly().charge("100.00", ChargeCollection.SPREAD).schedule();

        assertThat(schedule.installments().get(0).total()).isEqualTo("247.17");
        assertThat(schedule.installments().get(45).total()).isEqualTo("227.35");
        assertThat(schedule.totals().total()).isEqualTo("11350.00");
    }

    @Test
    void givenAnUpfrontCharge_whenInterestFree_thenItRaisesOnlyTheDisclosedRate() {
        RepaymentSchedule schedule = qardHasan().charge("200.00", ChargeCollection.UPFRONT).schedule();

        assertThat(schedule.upfrontCharge()).isEqualTo("200.00");
        assertThat(schedule.totals().fee()).isEqualTo("0.00");
        assertThat(schedule.totals().total()).isEqualTo("10000.00");
        assertThat(schedule.effectiveAnnualRate()).isGreaterThan(BigDecimal.ZERO);
    }
}
