package org.kisti.loan.schedule.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.TestLoanTerms;

/** On the KMSS example: 245.00 (217.83 + 27.17) due weekly from 2026-01-19 (01-26, 02-02, 02-09, …). */
class ArrearsTest {

    private static final RepaymentSchedule SCHEDULE = TestLoanTerms.kmssWeekly().schedule();
    private static final List<Payment> PAYMENTS = List.of(
            new Payment("p1", LocalDate.of(2026, 1, 19), new BigDecimal("245.00")),
            new Payment("p2", LocalDate.of(2026, 1, 27), new BigDecimal("100.00")));

    /**
     * Worked answers, payments p1 (245.00 on 01-19) and p2 (100.00 on 01-27):
     *  01-18: no payment yet, nothing due before → 0; next #1 (due 01-19)
     *  01-19: #1 is due today, not overdue; p1 counts → next #2
     *  01-20: p1 paid #1 → 0 overdue; next #2
     *  01-27: #2 (01-26) unpaid 245.00 (p2 is dated 01-27, counted) → 245 − 100 = 145.00, 1 day; next #3
     *  02-03: #2 still owes 145.00 and #3 (02-02) 245.00 → 390.00, 02-03 − 01-26 = 8 days; next #4
     * Outstanding principal on 02-03: p1 paid 217.83, p2 paid 27.17 interest then 72.83 principal
     * → 10000 − 290.66 = 9709.34; interest 1250 − 54.34 = 1195.66.
     */
    @ParameterizedTest(name = "as of {0}")
    @CsvSource({
        "2026-01-18, 0.00,   0, 1, 10000.00, 1250.00",
        "2026-01-19, 0.00,   0, 2, 9782.17,  1222.83",
        "2026-01-20, 0.00,   0, 2, 9782.17,  1222.83",
        "2026-01-27, 145.00, 1, 3, 9709.34,  1195.66",
        "2026-02-03, 390.00, 8, 4, 9709.34,  1195.66",
    })
    void arrearsAsOfADate(LocalDate date, String overdue, long days, int next, String principal, String interest) {
        LoanPosition position = position(PAYMENTS);

        ArrearsStatus status = Arrears.asOf(position, date);

        assertThat(status.overdueAmount()).isEqualTo(overdue);
        assertThat(status.daysInArrears()).isEqualTo(days);
        assertThat(status.nextInstallmentDue().installment().number()).isEqualTo(next);
        assertThat(status.outstandingPrincipal()).isEqualTo(principal);
        assertThat(status.outstandingInterest()).isEqualTo(interest);
        assertThat(status.outstandingFee()).isEqualTo("0.00");
        assertThat(Arrears.asOf(SCHEDULE, PAYMENTS, date)).isEqualTo(status);
    }

    @Test
    void givenAPartlyPaidNextInstalment_thenItIsReportedWithWhatWasPaid() {
        // 100.00 paid towards #2 on 01-21, before its due date 01-26: not overdue, 145.00 left to pay.
        LoanPosition position = position(List.of(
                new Payment("p1", LocalDate.of(2026, 1, 19), new BigDecimal("245.00")),
                new Payment("p2", LocalDate.of(2026, 1, 21), new BigDecimal("100.00"))));

        ArrearsStatus status = Arrears.asOf(position, LocalDate.of(2026, 1, 22));

        assertThat(status.nextInstallmentDue().installment().number()).isEqualTo(2);
        assertThat(status.nextInstallmentDue().unpaid()).isEqualTo("145.00");
        assertThat(status.overdueAmount()).isEqualTo("0.00");
    }

    @Test
    void givenAFullyRepaidLoan_thenNothingIsOverdueOrNext() {
        LoanPosition position = position(List.of(
                new Payment("p1", LocalDate.of(2026, 1, 19), new BigDecimal("11250.00"))));

        ArrearsStatus status = Arrears.asOf(position, LocalDate.of(2027, 1, 1));

        assertThat(status).isEqualTo(new ArrearsStatus(new BigDecimal("0.00"), 0, null, new BigDecimal("0.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00")));
    }

    @Test
    void givenNoPaymentsAfterTheLastDueDate_thenEverythingIsOverdueAndDaysCountFromTheFirstDueDate() {
        LocalDate afterLast = SCHEDULE.installments().get(45).dueDate().plusDays(1);

        ArrearsStatus status = Arrears.asOf(LoanPosition.of(SCHEDULE), afterLast);

        assertThat(status.overdueAmount()).isEqualTo("11250.00");
        assertThat(status.daysInArrears()).isEqualTo(45 * 7 + 1);
        assertThat(status.nextInstallmentDue()).isNull();
    }

    private static LoanPosition position(List<Payment> payments) {
        LoanPosition position = LoanPosition.of(SCHEDULE);
        for (Payment payment : payments) {
            position = position.apply(payment).position();
        }
        return position;
    }
}
