package org.kisti.savings.withdrawal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsLienPlaced;
import org.kisti.events.savings.SavingsLienReleased;
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
    private static final SavingsAccountOpened ACCOUNT =
            new SavingsAccountOpened("org", "s-1", "m-1", null, "BDT", OPENED, null);
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
                        OPENED.plusMonths(12).minusDays(1), term(12)))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void termSavingsArePaidOutFromMaturityOn() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("100.00", "BDT"), WithdrawalKind.REGULAR,
                        OPENED.plusMonths(12), term(12)))
                .expectSuccessfulHandlerExecution();
    }

    private static SavingsProductVersioned term(int months) {
        return new SavingsProductVersioned("org", "sp-1", OPENED, "Fixed deposit", SavingsKind.TERM, "BDT",
                new BigDecimal("20.00"), BigDecimal.ZERO, new BigDecimal("8.00"), "DAILY_BALANCE", "YEARLY", months);
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
                new BigDecimal(minimumBalance), new BigDecimal("6.00"), "DAILY_BALANCE", "YEARLY", null);
    }

    @Test
    void aRefundBeforeSheAskedToLeaveIsRefused() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new RefundOnExit("org", "s-1", "w-9", "i-9", OPENED.plusMonths(6), false, List.of()))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void aRefundOnExitPaysOutEverythingAndClosesTheAccount() {
        fixture.given(ACCOUNT, HUNDRED)
                .when(new RefundOnExit("org", "s-1", "w-9", "i-9", OPENED.plusMonths(6), true, List.of()))
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

    @Test
    void aBackDatedWithdrawalMayNotLeaveAnyLaterDayShort() {
        // 100 on 5 Jan, 30 out on 1 Mar: from 1 Feb on, the lowest balance is 70 (on 1 Mar), not 100.
        SavingsWithdrawn march = new SavingsWithdrawn("org", "s-1", "m-1", "w-1", Money.of("30.00", "BDT"),
                Money.of("70.00", "BDT"), WithdrawalKind.REGULAR, LocalDate.of(2026, 3, 1));
        fixture.given(ACCOUNT, HUNDRED, march)
                .when(new WithdrawSavings("org", "s-1", "w-2", Money.of("70.01", "BDT"), WithdrawalKind.REGULAR,
                        LocalDate.of(2026, 2, 1), null))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(ACCOUNT, HUNDRED, march)
                .when(new WithdrawSavings("org", "s-1", "w-2", Money.of("70.00", "BDT"), WithdrawalKind.REGULAR,
                        LocalDate.of(2026, 2, 1), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aWithdrawalDatedBeforeADepositCannotSpendThatDeposit() {
        SavingsDeposited later = new SavingsDeposited("org", "s-1", "m-1", "d-2", Money.of("50.00", "BDT"),
                Money.of("150.00", "BDT"), LocalDate.of(2026, 3, 1));
        fixture.given(ACCOUNT, HUNDRED, later)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("120.00", "BDT"), WithdrawalKind.REGULAR,
                        LocalDate.of(2026, 2, 1), null))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void anEmergencyWithdrawalMayTakeOnlyWhatTheLienDoesNotHold() {
        SavingsLienPlaced lien = new SavingsLienPlaced("org", "s-1", "m-1", "l-1", Money.of("60.00", "BDT"),
                OPENED.plusDays(1));
        fixture.given(ACCOUNT, HUNDRED, lien)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("40.00", "BDT"), WithdrawalKind.EMERGENCY,
                        OPENED.plusWeeks(8), product(SavingsKind.COMPULSORY, "0.00")))
                .expectSuccessfulHandlerExecution();
        fixture.given(ACCOUNT, HUNDRED, lien)
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("40.01", "BDT"), WithdrawalKind.EMERGENCY,
                        OPENED.plusWeeks(8), product(SavingsKind.COMPULSORY, "0.00")))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void aReleasedLienHoldsNothing() {
        fixture.given(ACCOUNT, HUNDRED,
                        new SavingsLienPlaced("org", "s-1", "m-1", "l-1", Money.of("60.00", "BDT"), OPENED),
                        new SavingsLienReleased("org", "s-1", "m-1", "l-1", Money.of("60.00", "BDT"),
                                OPENED.plusMonths(3), "LoanRepaid"))
                .when(new WithdrawSavings("org", "s-1", "w-1", Money.of("100.00", "BDT"), WithdrawalKind.EMERGENCY,
                        OPENED.plusMonths(4), product(SavingsKind.COMPULSORY, "0.00")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void noRefundWhileALienHoldsHerSavings() {
        fixture.given(ACCOUNT, HUNDRED,
                        new SavingsLienPlaced("org", "s-1", "m-1", "l-1", Money.of("10.00", "BDT"), OPENED))
                .when(new RefundOnExit("org", "s-1", "w-9", "i-9", OPENED.plusMonths(6), true, List.of()))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void aRefundOnExitCreditsTheInterestToDateFirst() {
        // 100 from 5 Jan at 6 % a year, YEARLY postings: 5 Jan to 4 Jul (the day before the refund) is 181 days,
        // 100 x 6 x 181 / 36500 = 2.9753... -> 2.98, paid out with the 100.
        SavingsAccountOpened onProduct = new SavingsAccountOpened("org", "s-1", "m-1", null, "BDT", OPENED, "sp-1");
        LocalDate refundedOn = LocalDate.of(2026, 7, 5);
        fixture.given(onProduct, HUNDRED)
                .when(new RefundOnExit("org", "s-1", "w-9", "i-9", refundedOn, true,
                        List.of(product(SavingsKind.COMPULSORY, "0.00"))))
                .expectEvents(new SavingsInterestPosted("org", "s-1", "m-1", "i-9", OPENED, refundedOn.minusDays(1),
                                Money.of("2.98", "BDT"), Money.zero("BDT"), "DAILY_BALANCE",
                                List.of(new SavingsInterestPosted.RateInForce(OPENED, new BigDecimal("6.00"))), true),
                        new SavingsWithdrawn("org", "s-1", "m-1", "w-9", Money.of("102.98", "BDT"), Money.zero("BDT"),
                                WithdrawalKind.EXIT_REFUND, refundedOn),
                        new SavingsAccountClosed("org", "s-1", "m-1", refundedOn));
    }
}
