package org.kisti.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlatScheduleTest {

    @Test
    void givenTheKmssWeeklyExample_whenCalculated_thenEveryInstalmentButTheLastIs245AndTheLast225() {
        // I = round2(10000 × 0.125) = 1250.00 (PER_LOAN). (P + I) / n = 11250 / 46 = 244.565… → 245.00.
        // interest = round2(1250 / 46 = 27.1739…) = 27.17, principal = 245.00 − 27.17 = 217.83.
        // Last: principal 10000 − 45 × 217.83 = 10000 − 9802.35 = 197.65; interest 1250 − 45 × 27.17 = 27.35.
        RepaymentSchedule schedule = TestLoanTerms.kmssWeekly().schedule();

        List<Installment> installments = schedule.installments();
        assertThat(installments).hasSize(46);
        for (Installment instalment : installments.subList(0, 45)) {
            assertThat(instalment.total()).isEqualTo("245.00");
            assertThat(instalment.principal()).isEqualTo("217.83");
            assertThat(instalment.interest()).isEqualTo("27.17");
            assertThat(instalment.fee()).isEqualTo("0.00");
        }
        Installment last = installments.get(45);
        assertThat(last.total()).isEqualTo("225.00");
        assertThat(last.principal()).isEqualTo("197.65");
        assertThat(last.interest()).isEqualTo("27.35");
        assertThat(schedule.totals()).isEqualTo(new Totals(
                new BigDecimal("10000.00"), new BigDecimal("1250.00"), new BigDecimal("0.00"), new BigDecimal("11250.00")));
        assertThat(schedule.upfrontCharge()).isEqualTo("100.00");
        assertThat(schedule.currency()).isEqualTo("BDT");
        assertThat(schedule.calculator()).isEqualTo("kisti-schedule/1");
        assertThat(installments.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(installments.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(last.dueDate()).isEqualTo(LocalDate.of(2026, 1, 19).plusWeeks(45));
    }

    /**
     * Regular instalment (all but the last) and the last one, by rate basis, rounding unit and mode.
     * Rows on 10000 / 12.50 PER_LOAN / 46 weekly: I = 1250.00, (P + I) / n = 244.565…, interest 27.17:
     *  0.01 HALF_UP → 244.57, principal 217.40; last 10000 − 45 × 217.40 = 217.00 (+ 27.35)
     *  0.01 DOWN    → 244.56, principal 217.39; last 10000 − 9782.55 = 217.45
     *  5 HALF_UP    → 48.91… units → 49 × 5 = 245.00 (as unit 1)
     *  5 DOWN       → 48 × 5 = 240.00, principal 212.83; last 10000 − 9577.35 = 422.65
     *  10 HALF_UP   → 24.46… → 24 × 10 = 240.00 (as 5 DOWN)
     *  1 DOWN       → 244.00, principal 216.83; last 10000 − 9757.35 = 242.65
     *  1 UP         → 245.00 (as HALF_UP)
     * PER_YEAR rows:
     *  10000 / 24 % / 12 monthly: I = 10000 × 0.24 × 12 / 12 = 2400.00; 12400 / 12 = 1033.33 → 1033.00,
     *   interest 200.00, principal 833.00; last 10000 − 11 × 833 = 837.00, interest 2400 − 2200 = 200.00
     *  5000 / 20 % / 46 weekly: I = round2(5000 × 0.20 × 46 / 52 = 884.615…) = 884.62;
     *   5884.62 / 46 = 127.93 → 128.00, interest round2(19.2309) = 19.23, principal 108.77;
     *   last 5000 − 45 × 108.77 = 105.35, interest 884.62 − 865.35 = 19.27
     *  26000 / 13 % / 26 fortnightly: I = 26000 × 0.13 × 26 / 26 = 3380.00; 29380 / 26 = 1130.00 exactly,
     *   interest 130.00, principal 1000.00; last the same
     */
    @ParameterizedTest(name = "{0} {1}% {2} {3}x{4}, unit {5} {6}")
    @CsvSource({
        // principal, rate, basis,   frequency,   n, unit, mode,    regP,    regI,   lastP,   lastI
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 1,    HALF_UP, 217.83,  27.17,  197.65,  27.35",
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 0.01, HALF_UP, 217.40,  27.17,  217.00,  27.35",
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 0.01, UP,      217.40,  27.17,  217.00,  27.35",
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 0.01, DOWN,    217.39,  27.17,  217.45,  27.35",
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 5,    HALF_UP, 217.83,  27.17,  197.65,  27.35",
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 5,    DOWN,    212.83,  27.17,  422.65,  27.35",
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 10,   HALF_UP, 212.83,  27.17,  422.65,  27.35",
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 1,    DOWN,    216.83,  27.17,  242.65,  27.35",
        "10000.00, 12.50, PER_LOAN, WEEKLY,      46, 1,    UP,      217.83,  27.17,  197.65,  27.35",
        "10000.00, 24,    PER_YEAR, MONTHLY,     12, 1,    HALF_UP, 833.00,  200.00, 837.00,  200.00",
        "5000.00,  20,    PER_YEAR, WEEKLY,      46, 1,    HALF_UP, 108.77,  19.23,  105.35,  19.27",
        "26000.00, 13,    PER_YEAR, FORTNIGHTLY, 26, 10,   UP,      1000.00, 130.00, 1000.00, 130.00",
    })
    void flatWorkedAnswers(String principal, String rate, RateBasis basis, RepaymentFrequency frequency, int n,
            String unit, RoundingMode mode, String regularPrincipal, String regularInterest, String lastPrincipal,
            String lastInterest) {
        RepaymentSchedule schedule = TestLoanTerms.kmssWeekly().principal(principal).rate(rate).basis(basis)
                .frequency(frequency).installments(n).rounding(unit, mode).schedule();

        for (Installment instalment : schedule.installments().subList(0, n - 1)) {
            assertThat(instalment.principal()).isEqualTo(regularPrincipal);
            assertThat(instalment.interest()).isEqualTo(regularInterest);
        }
        Installment last = schedule.installments().get(n - 1);
        assertThat(last.principal()).isEqualTo(lastPrincipal);
        assertThat(last.interest()).isEqualTo(lastInterest);
        assertThat(schedule.totals().principal()).isEqualByComparingTo(principal);
    }

    @Test
    void givenASingleInstalment_whenCalculated_thenItCarriesAllPrincipalAndInterest() {
        RepaymentSchedule schedule = TestLoanTerms.kmssWeekly().installments(1).schedule();

        assertThat(schedule.installments()).singleElement().satisfies(only -> {
            assertThat(only.principal()).isEqualTo("10000.00");
            assertThat(only.interest()).isEqualTo("1250.00");
        });
    }
}
