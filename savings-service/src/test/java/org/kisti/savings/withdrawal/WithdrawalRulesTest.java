package org.kisti.savings.withdrawal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.events.savings.WithdrawalKind;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.savings.account.SavingsAccount;
import org.kisti.savings.deposit.DepositSavings;
import org.kisti.savings.withdrawal.WithdrawalCommands.RefundOnExit;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;

class WithdrawalRulesTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 1, 5);
    private static final SavingsAccountOpened ACCOUNT = new SavingsAccountOpened("org", "s-1", "m-1", "BDT", OPENED, null);
    private static final SavingsDeposited HUNDRED = new SavingsDeposited("org", "s-1", "m-1", "d-1",
            Money.of("100.00", "BDT"), Money.of("100.00", "BDT"), OPENED);

    private AggregateTestFixture<SavingsAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SavingsAccount.class);
    }

    @Test
    void anEmergencyWithdrawalWithinTheBalanceLeavesTheRest() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("40.00", "BDT"), WithdrawalKind.EMERGENCY,
                        OPENED.plusWeeks(8), null))
                .expectEvents(new SavingsWithdrawn("org", "s-1", "m-1", "w-1", Money.of("40.00", "BDT"),
                        Money.of("60.00", "BDT"), WithdrawalKind.EMERGENCY, OPENED.plusWeeks(8)));
    }

    @Test
    void aWithdrawalOfMoreThanTheBalanceIsRefused() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("100.01", "BDT"), WithdrawalKind.REGULAR,
                        OPENED.plusWeeks(8), null))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void compulsorySavingsAreWithdrawnOnlyInAnEmergency() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("10.00", "BDT"), WithdrawalKind.REGULAR,
                        OPENED.plusWeeks(8), product(SavingsKind.COMPULSORY, "0.00")))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(ACCOUNT, HUNDRED)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("10.00", "BDT"), WithdrawalKind.EMERGENCY,
                        OPENED.plusWeeks(8), product(SavingsKind.COMPULSORY, "0.00")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void termSavingsAreNotWithdrawnBeforeMaturity() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("10.00", "BDT"), WithdrawalKind.EMERGENCY,
                        OPENED.plusWeeks(8), product(SavingsKind.TERM, "0.00")))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void aWithdrawalMayNotLeaveLessThanTheProductsMinimumBalance() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("60.00", "BDT"), WithdrawalKind.REGULAR,
                        OPENED.plusWeeks(8), product(SavingsKind.VOLUNTARY, "50.00")))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    private static SavingsProductVersioned product(SavingsKind kind, String minimumBalance) {
        return new SavingsProductVersioned("org", "sp-1", OPENED, "Savings", kind, "BDT", new BigDecimal("20.00"),
                new BigDecimal(minimumBalance), new BigDecimal("6.00"), "DAILY_BALANCE", "YEARLY");
    }

    @Test
    void aRefundBeforeSheAskedToLeaveIsRefused() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new RefundOnExit("org", "s-1", "w-9", OPENED.plusMonths(6), false))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void aRefundOnExitPaysOutEverythingAndClosesTheAccount() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new RefundOnExit("org", "s-1", "w-9", OPENED.plusMonths(6), true))
                .expectEvents(new SavingsWithdrawn("org", "s-1", "m-1", "w-9", Money.of("100.00", "BDT"),
                        Money.zero("BDT"), WithdrawalKind.EXIT_REFUND, OPENED.plusMonths(6)),
                        new SavingsAccountClosed("org", "s-1", "m-1", OPENED.plusMonths(6)));
    }

    @Test
    void nothingMovesInAClosedAccount() {
        fixture.given(ACCOUNT, new SavingsAccountClosed("org", "s-1", "m-1", OPENED.plusMonths(6)))
                .when(new DepositSavings("org", "s-1", "d-2", Money.of("10.00", "BDT"), OPENED.plusMonths(7)))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }
}
