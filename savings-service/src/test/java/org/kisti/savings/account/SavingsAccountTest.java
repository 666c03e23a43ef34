package org.kisti.savings.account;

import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.savings.deposit.DepositSavings;

class SavingsAccountTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 1, 5);
    private static final SavingsAccountOpened OPENED_EVENT =
            new SavingsAccountOpened("org-demo", "s-1", "m-1", null, "BDT", OPENED, null);
    private AggregateTestFixture<SavingsAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SavingsAccount.class);
    }

    @Test
    void givenNoAccount_whenOpened_thenSavingsAccountOpened() {
        fixture.givenNoPriorActivity()
                .when(new OpenSavingsAccount("org-demo", "s-1", "m-1", null, "BDT", OPENED, null))
                .expectEvents(OPENED_EVENT);
    }

    @Test
    void givenADeposit_whenDepositedAgain_thenTheBalanceAddsUp() {
        fixture.given(OPENED_EVENT, new SavingsDeposited("org-demo", "s-1", "m-1", "d-1", Money.of("50", "BDT"),
                        Money.of("50", "BDT"), OPENED))
                .when(new DepositSavings("org-demo", "s-1", "d-2", Money.of("20.50", "BDT"), OPENED.plusDays(7)))
                .expectEvents(new SavingsDeposited("org-demo", "s-1", "m-1", "d-2", Money.of("20.50", "BDT"),
                        Money.of("70.50", "BDT"), OPENED.plusDays(7)));
    }

    @Test
    void givenABdtAccount_whenDepositedInRupees_thenRejected() {
        fixture.given(OPENED_EVENT)
                .when(new DepositSavings("org-demo", "s-1", "d-1", Money.of("20", "INR"), OPENED))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenAnAccount_whenDepositedBeforeItWasOpened_thenRejected() {
        fixture.given(OPENED_EVENT)
                .when(new DepositSavings("org-demo", "s-1", "d-1", Money.of("20", "BDT"), OPENED.minusDays(1)))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void givenAnotherOrganisationsAccount_whenDeposited_thenItIsNotFound() {
        fixture.given(OPENED_EVENT)
                .when(new DepositSavings("org-other", "s-1", "d-1", Money.of("20", "BDT"), OPENED))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void givenAnAccount_whenAZeroOrOversizedAmountIsDeposited_thenRejectedInTheAggregateToo() {
        fixture.given(OPENED_EVENT)
                .when(new DepositSavings("org-demo", "s-1", "d-1", Money.of("0", "BDT"), OPENED))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
        fixture.given(OPENED_EVENT)
                .when(new DepositSavings("org-demo", "s-1", "d-1", Money.of("1000000000000.00", "BDT"), OPENED))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenABalanceNearTheMaximum_whenADepositWouldTakeItAbove_thenRejected() {
        Money nearlyFull = new Money(Money.MAX_AMOUNT, "BDT");
        fixture.given(OPENED_EVENT, new SavingsDeposited("org-demo", "s-1", "m-1", "d-1", nearlyFull, nearlyFull, OPENED))
                .when(new DepositSavings("org-demo", "s-1", "d-2", Money.of("0.01", "BDT"), OPENED))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }
}
