package org.kisti.loan.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.loan.servicing.Loans;
import org.junit.jupiter.api.Test;

/** A sheet line's money on its loan: taken as any payment, or refused with the reason and nothing recorded. */
class LinePaymentsTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 1, 19);
    private static final String LINE = "3f0c2d1e-7a4b-4c5d-9e8f-1a2b3c4d5e6f:1";

    @Test
    void aLineOnAnActiveLoanIsPaidUnderTheLinesId() {
        Loans loan = Loans.kmssWeekly();

        LinePayments.Decision decision = LinePayments.decide(loan.state(), apply("245.00"));

        assertThat(decision.refusal()).isNull();
        assertThat(decision.events()).singleElement().isInstanceOfSatisfying(InstallmentPaid.class, paid -> {
            assertThat(paid.paymentId()).isEqualTo(LINE);
            assertThat(paid.amount()).isEqualTo(Money.of("245.00", "BDT"));
            assertThat(paid.paidOn()).isEqualTo(MEETING);
        });
    }

    @Test
    void aLineOnALoanRepaidTheDayBeforeIsRefusedWithTheReasonAndRecordsNothing() {
        Loans loan = Loans.kmssWeekly();
        assertThat(loan.pay("p-all", "11250.00", MEETING.minusDays(1))).last().isInstanceOf(LoanRepaid.class);

        LinePayments.Decision decision = LinePayments.decide(loan.state(), apply("245.00"));

        assertThat(decision.events()).isEmpty();
        assertThat(decision.refusal()).startsWith("amount: must not exceed what is still owed").contains("repaid");
    }

    @Test
    void aLineForMoreThanIsOwedIsRefusedNotPartlyTaken() {
        Loans loan = Loans.kmssWeekly();

        LinePayments.Decision decision = LinePayments.decide(loan.state(), apply("11250.01"));

        assertThat(decision.events()).isEmpty();
        assertThat(decision.refusal()).contains("11250.00");
    }

    @Test
    void theSameLineAppliedAgainChangesNothing() {
        Loans loan = Loans.kmssWeekly();
        loan.history.addAll(LinePayments.decide(loan.state(), apply("245.00")).events());

        LinePayments.Decision again = LinePayments.decide(loan.state(), apply("245.00"));

        assertThat(again.events()).isEmpty();
        assertThat(again.refusal()).isNull();
        assertThat(loan.owed()).isEqualByComparingTo("11005.00");
    }

    private static LinePayments.ApplyLinePayment apply(String amount) {
        return new LinePayments.ApplyLinePayment("org", "l-1", LINE, Money.of(amount, "BDT"), MEETING);
    }
}
