package org.kisti.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecliningScheduleTest {

    /**
     * 1000.00 at 12 % a year, 3 monthly: i = 0.12 / 12 = 0.01, f = 1.01³ = 1.030301,
     * A = 1000 × 0.01 × 1.030301 / 0.030301 = 340.0221… → 340.00 (unit 1 HALF_UP).
     *  1: interest round2(1000 × 0.01) = 10.00, principal 330.00, outstanding 670.00
     *  2: interest 6.70, principal 333.30, outstanding 336.70
     *  3: principal 336.70, interest round2(3.367) = 3.37
     */
    @ParameterizedTest(name = "instalment {0}")
    @CsvSource({"1, 330.00, 10.00", "2, 333.30, 6.70", "3, 336.70, 3.37"})
    void equalInstallmentByHand(int number, String principal, String interest) {
        Installment instalment = TestLoanTerms.monthlyDeclining("1000.00", "12", 3).schedule()
                .installments().get(number - 1);

        assertThat(instalment.principal()).isEqualTo(principal);
        assertThat(instalment.interest()).isEqualTo(interest);
    }

    /**
     * 10000.00 at 24 % a year, 12 monthly: i = 0.02, A = 200 × 1.02¹² / (1.02¹² − 1) = 945.596… → 946.00.
     * Interest is round2(2 % of the outstanding), the rest of 946.00 is principal; the last clears it.
     */
    @ParameterizedTest(name = "instalment {0}")
    @CsvSource({
        "1,  746.00, 200.00", "2,  760.92, 185.08", "3,  776.14, 169.86", "4,  791.66, 154.34",
        "5,  807.49, 138.51", "6,  823.64, 122.36", "7,  840.12, 105.88", "8,  856.92, 89.08",
        "9,  874.06, 71.94", "10, 891.54, 54.46", "11, 909.37, 36.63", "12, 922.14, 18.44",
    })
    void equalInstallmentAt24PercentMonthly(int number, String principal, String interest) {
        Installment instalment = TestLoanTerms.monthlyDeclining("10000.00", "24", 12).schedule()
                .installments().get(number - 1);

        assertThat(instalment.principal()).isEqualTo(principal);
        assertThat(instalment.interest()).isEqualTo(interest);
    }

    @Test
    void givenAZeroRate_whenEqualInstallment_thenInstalmentIsPrincipalOverNRounded() {
        // A = roundUnit(1000 / 3 = 333.33…) = 333.00; the last takes 1000 − 666 = 334.00; no interest.
        RepaymentSchedule schedule = TestLoanTerms.monthlyDeclining("1000.00", "0", 3).schedule();

        assertThat(schedule.installments()).extracting(Installment::principal)
                .containsExactly(bd("333.00"), bd("333.00"), bd("334.00"));
        assertThat(schedule.totals().interest()).isEqualTo("0.00");
        assertThat(schedule.effectiveAnnualRate()).isEqualTo("0.00");
        assertThat(schedule.nominalAnnualRate()).isEqualTo("0.00");
    }

    @Test
    void givenUnitTenRoundingDown_whenEqualInstallment_thenTheLastInstalmentTakesTheShortfall() {
        // A = 945.596… → DOWN to a multiple of 10 = 940.00; the shortfall lands on the last instalment.
        List<Installment> rows = TestLoanTerms.monthlyDeclining("10000.00", "24", 12)
                .rounding("10", RoundingMode.DOWN).schedule().installments();

        assertThat(rows.get(0).total()).isEqualTo("940.00");
        assertThat(rows.get(0).interest()).isEqualTo("200.00");
        assertThat(rows.get(11).total()).isGreaterThan(rows.get(0).total());
    }

    /**
     * 1000.00 at 12 % a year, 3 monthly, equal principal: principal round2(1000 / 3) = 333.33,
     *  1: interest 1000 × 0.01 = 10.00 → 343.33, outstanding 666.67
     *  2: interest round2(6.6667) = 6.67 → 340.00, outstanding 333.34
     *  3: principal 333.34, interest round2(3.3334) = 3.33 → 336.67
     */
    @ParameterizedTest(name = "instalment {0}")
    @CsvSource({"1, 333.33, 10.00, 343.33", "2, 333.33, 6.67, 340.00", "3, 333.34, 3.33, 336.67"})
    void equalPrincipalByHand(int number, String principal, String interest, String total) {
        Installment instalment = TestLoanTerms.monthlyDeclining("1000.00", "12", 3)
                .method(InterestMethod.DECLINING_EQUAL_PRINCIPAL).schedule().installments().get(number - 1);

        assertThat(instalment.principal()).isEqualTo(principal);
        assertThat(instalment.interest()).isEqualTo(interest);
        assertThat(instalment.total()).isEqualTo(total);
    }

    private static java.math.BigDecimal bd(String value) {
        return new java.math.BigDecimal(value);
    }
}
