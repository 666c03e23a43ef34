package org.kisti.loan.schedule.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kisti.loan.schedule.ChargeCollection;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.TestLoanTerms;

class AllocationTest {

    /** The KMSS example with the charge SPREAD: regular instalment 2.17 fee + 27.17 interest + 217.83 principal. */
    private static final RepaymentSchedule SCHEDULE =
            TestLoanTerms.kmssWeekly().charge("100.00", ChargeCollection.SPREAD).schedule();

    private static Payment payment(String id, String date, String amount) {
        return new Payment(id, LocalDate.parse(date), new BigDecimal(amount));
    }

    @Test
    void givenAPartPayment_whenApplied_thenFeeThenInterestThenPrincipalOfTheFirstInstalment() {
        // 100.00 = fee 2.17 + interest 27.17 + principal 70.66.
        AllocationResult result = LoanPosition.of(SCHEDULE).apply(payment("p1", "2026-01-19", "100.00"));

        assertThat(result.allocation().installments())
                .containsExactly(new InstallmentAllocation(1, bd("2.17"), bd("27.17"), bd("70.66")));
        assertThat(result.allocation().feePaid()).isEqualTo("2.17");
        assertThat(result.allocation().interestPaid()).isEqualTo("27.17");
        assertThat(result.allocation().principalPaid()).isEqualTo("70.66");
        assertThat(result.position().installments().get(0).unpaid()).isEqualTo("147.17");
    }

    @Test
    void givenAPaymentLargerThanTheFirstRemainder_whenApplied_thenItFinishesThatInstalmentBeforeTheNext() {
        // Instalment 1 still owes principal 217.83 − 70.66 = 147.17; instalment 2 takes all 247.17;
        // the remaining 400.00 − 394.34 = 5.66 pays instalment 3's fee 2.17 and 3.49 of its interest.
        LoanPosition afterFirst = LoanPosition.of(SCHEDULE).apply(payment("p1", "2026-01-19", "100.00")).position();

        Allocation allocation = afterFirst.apply(payment("p2", "2026-01-26", "400.00")).allocation();

        assertThat(allocation.installments()).containsExactly(
                new InstallmentAllocation(1, bd("0.00"), bd("0.00"), bd("147.17")),
                new InstallmentAllocation(2, bd("2.17"), bd("27.17"), bd("217.83")),
                new InstallmentAllocation(3, bd("2.17"), bd("3.49"), bd("0.00")));
        assertThat(allocation.total()).isEqualTo("400.00");
        assertThat(allocation.principalPaid()).isEqualTo("365.00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "one cent above what is owed, 11350.01, amount",
        "zero, 0.00, amount",
        "negative, -5.00, amount",
        "three decimals, 10.005, amount",
    })
    void givenAnInvalidAmount_whenApplied_thenRejectedNamingTheAmountRule(String why, String amount, String field) {
        LoanPosition position = LoanPosition.of(SCHEDULE);

        assertThatThrownBy(() -> position.apply(payment("p1", "2026-01-19", amount)))
                .isInstanceOfSatisfying(InvalidPaymentException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void givenEverythingOwed_whenPaidAtOnce_thenNothingIsOutstandingAndTheNextPaymentIsRejected() {
        LoanPosition paid = LoanPosition.of(SCHEDULE).apply(payment("p1", "2026-01-19", "11350.00")).position();

        assertThat(paid.outstanding()).isEqualTo(new Outstanding(bd("0.00"), bd("0.00"), bd("0.00")));
        assertThat(paid.installments()).allMatch(InstallmentBalance::isFullyPaid);
        assertThatThrownBy(() -> paid.apply(payment("p2", "2026-01-26", "0.01")))
                .isInstanceOfSatisfying(InvalidPaymentException.class, e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.rule()).contains("still owed");
                });
    }

    @Test
    void givenTwoPayments_whenTheFirstIsReversed_thenThePositionIsAsIfOnlyTheSecondWasMade() {
        Payment first = payment("p1", "2026-01-19", "100.00");
        Payment second = payment("p2", "2026-01-26", "400.00");
        LoanPosition empty = LoanPosition.of(SCHEDULE);
        LoanPosition afterFirst = empty.apply(first).position();
        LoanPosition both = afterFirst.apply(second).position();

        assertThat(both.reverse("p2")).isEqualTo(afterFirst);
        assertThat(both.reverse("p1")).isEqualTo(empty.apply(second).position());
        assertThat(both.reverse("p1").reverse("p2")).isEqualTo(empty);
        assertThat(both.reverse("p2").installments()).isEqualTo(afterFirst.installments());
    }

    @Test
    void applyingAPaymentLeavesTheEarlierPositionUnchanged() {
        LoanPosition empty = LoanPosition.of(SCHEDULE);

        empty.apply(payment("p1", "2026-01-19", "500.00"));

        assertThat(empty.payments()).isEmpty();
        assertThat(empty.outstanding().total()).isEqualTo("11350.00");
    }

    @Test
    void givenAPaymentDatedBeforeThePrevious_whenApplied_thenRejected() {
        LoanPosition position = LoanPosition.of(SCHEDULE).apply(payment("p1", "2026-01-26", "10.00")).position();

        assertThatThrownBy(() -> position.apply(payment("p2", "2026-01-19", "10.00")))
                .isInstanceOfSatisfying(InvalidPaymentException.class, e -> assertThat(e.field()).isEqualTo("paidOn"));
        assertThat(position.apply(payment("p2", "2026-01-26", "10.00")).position().payments()).hasSize(2);
    }

    @Test
    void givenADuplicateOrUnknownPaymentId_thenRejected() {
        LoanPosition position = LoanPosition.of(SCHEDULE).apply(payment("p1", "2026-01-19", "10.00")).position();

        assertThatThrownBy(() -> position.apply(payment("p1", "2026-01-20", "10.00")))
                .isInstanceOfSatisfying(InvalidPaymentException.class,
                        e -> assertThat(e.field()).isEqualTo("paymentId"));
        assertThatThrownBy(() -> position.reverse("nope"))
                .isInstanceOfSatisfying(InvalidPaymentException.class,
                        e -> assertThat(e.field()).isEqualTo("paymentId"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
