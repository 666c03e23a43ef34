package org.kisti.loan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.PaymentSplit;
import org.kisti.loan.disbursement.DisburseLoan;
import org.kisti.loan.repayment.RecordRepayment;
import org.kisti.loan.schedule.TestLoanTerms;
import org.kisti.platform.problem.BusinessRuleViolation;

class LoanTest {

    private static final LocalDate FIRST_DUE = LocalDate.of(2026, 1, 19);
    private AggregateTestFixture<Loan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Loan.class);
    }

    private static LoanDisbursed kmssLoanDisbursed() {
        AggregateTestFixture<Loan> scratch = new AggregateTestFixture<>(Loan.class);
        LoanDisbursed[] disbursed = new LoanDisbursed[1];
        scratch.givenNoPriorActivity()
                .when(new DisburseLoan("org-demo", "l-1", "m-1", TestLoanTerms.kmssWeekly().build(), null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(LoanDisbursed.class))));
        scratch.getEventStore().readEvents("l-1").asStream()
                .forEach(message -> disbursed[0] = (LoanDisbursed) message.getPayload());
        return disbursed[0];
    }

    @Test
    void givenKmssTerms_whenDisbursed_thenTheFixedScheduleIsInTheEvent() {
        LoanDisbursed disbursed = kmssLoanDisbursed();

        assertThat(disbursed.schedule()).hasSize(46);
        assertThat(disbursed.schedule().get(0).principal()).isEqualTo(Money.of("217.83", "BDT"));
        assertThat(disbursed.schedule().get(0).interest()).isEqualTo(Money.of("27.17", "BDT"));
        assertThat(disbursed.schedule().get(45).principal()).isEqualTo(Money.of("197.65", "BDT"));
        assertThat(disbursed.upfrontCharge()).isEqualTo(Money.of("100.00", "BDT"));
        assertThat(disbursed.calculator()).isEqualTo("kisti-schedule/1");
    }

    @Test
    void theLastPaymentOwedClosesTheLoanByAFactOfItsOwn() {
        LoanDisbursed disbursed = kmssLoanDisbursed();
        java.math.BigDecimal owed = disbursed.schedule().stream()
                .map(i -> i.principal().amount().add(i.interest().amount()).add(i.fee().amount()))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);

        fixture.given(disbursed)
                .when(new RecordRepayment("org-demo", "l-1", "p-all", new Money(owed, "BDT"), FIRST_DUE))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(InstallmentPaid.class)),
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.equalTo(new LoanRepaid("org-demo", "l-1", "m-1", FIRST_DUE))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void givenADisbursedLoan_whenTheFirstInstalmentIsPaid_thenInterestIsPaidBeforePrincipal() {
        fixture.given(kmssLoanDisbursed())
                .when(new RecordRepayment("org-demo", "l-1", "p-1", Money.of("245.00", "BDT"), FIRST_DUE))
                .expectEvents(new InstallmentPaid("org-demo", "l-1", "m-1", "p-1", Money.of("245.00", "BDT"),
                        Money.of("0.00", "BDT"), Money.of("27.17", "BDT"), Money.of("217.83", "BDT"),
                        Money.of("9782.17", "BDT"), FIRST_DUE, "kisti-allocation/1",
                        List.of(new PaymentSplit(1, Money.of("0.00", "BDT"), Money.of("27.17", "BDT"),
                                Money.of("217.83", "BDT"))), List.of()));
    }

    @Test
    void givenADisbursedLoan_whenOverpaid_thenRejectedAndNothingRecorded() {
        fixture.given(kmssLoanDisbursed())
                .when(new RecordRepayment("org-demo", "l-1", "p-1", Money.of("11250.01", "BDT"), FIRST_DUE))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenABdtLoan_whenRepaidInRupees_thenRejected() {
        fixture.given(kmssLoanDisbursed())
                .when(new RecordRepayment("org-demo", "l-1", "p-1", Money.of("245.00", "INR"), FIRST_DUE))
                .expectException(BusinessRuleViolation.class);
    }
}
