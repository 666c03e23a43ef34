package org.kisti.savings.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsCollectionLineHeld;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.events.savings.WithdrawalKind;
import org.kisti.savings.ledger.AccountState;

/** A sheet's savings line on its account: moved as any deposit or withdrawal, or refused into a fact for holding. */
class CollectionLineRulesTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 1, 5);
    private static final LocalDate MEETING = LocalDate.of(2026, 1, 19);
    private static final String SHEET = "3f0c2d1e-7a4b-4c5d-9e8f-1a2b3c4d5e6f";
    private static final SavingsAccountOpened ACCOUNT =
            new SavingsAccountOpened("org", "s-1", "m-1", null, "BDT", OPENED, null);
    private static final SavingsDeposited HUNDRED = new SavingsDeposited("org", "s-1", "m-1", "d-1",
            Money.of("100.00", "BDT"), Money.of("100.00", "BDT"), OPENED);

    @Test
    void aDepositLineIsDepositedUnderTheLinesId() {
        assertThat(apply(List.of(ACCOUNT, HUNDRED), line(2, false, "50.00")))
                .isEqualTo(new SavingsDeposited("org", "s-1", "m-1", SHEET + ":2", Money.of("50.00", "BDT"),
                        Money.of("150.00", "BDT"), MEETING));
    }

    @Test
    void aWithdrawalLineWithinTheBalanceIsARegularWithdrawalUnderTheLinesId() {
        assertThat(apply(List.of(ACCOUNT, HUNDRED), line(3, true, "40.00")))
                .isEqualTo(new SavingsWithdrawn("org", "s-1", "m-1", SHEET + ":3", Money.of("40.00", "BDT"),
                        Money.of("60.00", "BDT"), WithdrawalKind.REGULAR, MEETING));
    }

    @Test
    void aWithdrawalLineBeyondTheBalanceMovesNothingAndIsRecordedWithTheReason() {
        assertThat(apply(List.of(ACCOUNT, HUNDRED), line(3, true, "100.01")))
                .isInstanceOfSatisfying(SavingsCollectionLineHeld.class, held -> {
                    assertThat(held.movementId()).isEqualTo(SHEET + ":3");
                    assertThat(held.line()).isEqualTo(3);
                    assertThat(held.amount()).isEqualTo(Money.of("100.01", "BDT"));
                    assertThat(held.reason()).startsWith("amount: 100.01 is more than the available 100.00");
                });
    }

    @Test
    void aDepositLineOnAClosedAccountMovesNothingAndIsRecordedWithTheReason() {
        assertThat(apply(List.of(ACCOUNT, new SavingsAccountClosed("org", "s-1", "m-1", OPENED.plusDays(7))),
                line(2, false, "50.00")))
                .isEqualTo(new SavingsCollectionLineHeld("org", "s-1", "m-1", SHEET, 2, SHEET + ":2",
                        Money.of("50.00", "BDT"), "accountId: the account is closed", MEETING));
    }

    private static SavingsEvent apply(List<SavingsEvent> history, CollectionLineRules.ApplyCollectionLine line) {
        return CollectionLineRules.apply(AccountState.of(history), line);
    }

    private static CollectionLineRules.ApplyCollectionLine line(int line, boolean withdrawal, String amount) {
        return new CollectionLineRules.ApplyCollectionLine("org", "s-1", SHEET, line, SHEET + ":" + line, withdrawal,
                Money.of(amount, "BDT"), MEETING, null);
    }
}
