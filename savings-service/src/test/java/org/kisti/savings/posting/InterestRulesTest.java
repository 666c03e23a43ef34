package org.kisti.savings.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.savings.ledger.AccountState;

/** The posting rule on an account's history: worked answers, in paisa, from the interest contract. */
class InterestRulesTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 6, 1);
    private static final LocalDate JUNE_END = LocalDate.of(2026, 6, 30);
    private static final LocalDate JULY_END = LocalDate.of(2026, 7, 31);

    private final List<SavingsEvent> history = new ArrayList<>(List.of(
            new SavingsAccountOpened("org", "s-1", "m-1", null, "BDT", OPENED, "sp-1")));

    @Test
    void aDepositOnDayTenOfAThirtyDayMonthAtSixPercentEarnsTwentyOneDays() {
        deposit("1000.00", LocalDate.of(2026, 6, 10));

        // 21 days x 1000 x 6 / 36500 = 3.4520... -> 3.45
        assertThat(post(JUNE_END, monthly("6.00")).interest()).isEqualTo(Money.of("3.45", "BDT"));
    }

    @Test
    void postingTheSamePeriodTwiceChangesNothing() {
        deposit("1000.00", LocalDate.of(2026, 6, 10));
        record(post(JUNE_END, monthly("6.00")));

        assertThat(InterestRules.post(state(), command(JUNE_END, monthly("6.00")))).isEmpty();
    }

    @Test
    void aDayThatEndsNoPeriodOfTheProductPostsNothing() {
        deposit("1000.00", LocalDate.of(2026, 6, 10));

        assertThat(InterestRules.post(state(), command(LocalDate.of(2026, 6, 29), monthly("6.00")))).isEmpty();
        assertThat(InterestRules.post(state(), command(JUNE_END, quarterly("6.00")))).isPresent();
        assertThat(InterestRules.post(state(), command(LocalDate.of(2026, 7, 31), quarterly("6.00")))).isEmpty();
    }

    @Test
    void aDepositBackDatedIntoAPostedPeriodIsTakenIntoTheNextPostingAsAnAdjustmentLine() {
        deposit("1000.00", LocalDate.of(2026, 6, 10));
        record(post(JUNE_END, monthly("6.00"))); // 3.45
        deposit("500.00", LocalDate.of(2026, 6, 20)); // recorded after June was posted

        SavingsInterestPosted july = post(JULY_END, monthly("6.00"));

        // June had it been known: (21 x 1000 + 11 x 500) x 6 / 36500 = 4.3561... -> 4.36, so 0.91 more.
        assertThat(july.adjustment()).isEqualTo(Money.of("0.91", "BDT"));
        // July on 1504.36 (June's 4.36 credited on 30 June): 1504.36 x 31 x 6 / 36500 = 7.6660... -> 7.67
        assertThat(july.interest()).isEqualTo(Money.of("7.67", "BDT"));
        assertThat(july.periodStart()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aRateChangeMidPeriodAppliesFromItsDateOnlyAndTheEventNamesBothRates() {
        history.set(0, new SavingsAccountOpened("org", "s-1", "m-1", null, "BDT", LocalDate.of(2026, 1, 1), "sp-1"));
        deposit("1000.00", LocalDate.of(2026, 1, 1));
        List<SavingsProductVersioned> versions = List.of(version(LocalDate.of(2026, 1, 1), "6.00", "QUARTERLY"),
                version(LocalDate.of(2026, 2, 16), "8.00", "QUARTERLY"));

        SavingsInterestPosted quarter = post(LocalDate.of(2026, 3, 31), versions);

        // (46 x 1000 x 6 + 44 x 1000 x 8) / 36500 = 17.2054... -> 17.21
        assertThat(quarter.interest()).isEqualTo(Money.of("17.21", "BDT"));
        assertThat(quarter.rates()).extracting(SavingsInterestPosted.RateInForce::annualRate)
                .containsExactly(new BigDecimal("6.00"), new BigDecimal("8.00"));
    }

    @Test
    void aPeriodSkippedIsPostedWithTheNextAsAnAdjustment() {
        deposit("1000.00", LocalDate.of(2026, 6, 10));

        SavingsInterestPosted july = post(JULY_END, monthly("6.00"));

        assertThat(july.adjustment()).isEqualTo(Money.of("3.45", "BDT"));
    }

    @Test
    void anEarlierPeriodThanOneAlreadyPostedIsNeverPostedAfterIt() {
        deposit("1000.00", LocalDate.of(2026, 6, 10));
        record(post(JULY_END, monthly("6.00")));

        assertThat(InterestRules.post(state(), command(JUNE_END, monthly("6.00")))).isEmpty();
    }

    private void deposit(String amount, LocalDate on) {
        history.add(new SavingsDeposited("org", "s-1", "m-1", "d-" + history.size(), Money.of(amount, "BDT"),
                Money.of(amount, "BDT"), on));
    }

    private void record(SavingsInterestPosted posted) {
        history.add(posted);
    }

    private AccountState state() {
        return AccountState.of(history);
    }

    private SavingsInterestPosted post(LocalDate periodEnd, List<SavingsProductVersioned> versions) {
        return InterestRules.post(state(), command(periodEnd, versions)).orElseThrow();
    }

    private static PostInterest command(LocalDate periodEnd, List<SavingsProductVersioned> versions) {
        return new PostInterest("org", "s-1", "p-" + periodEnd, periodEnd, versions);
    }

    private static List<SavingsProductVersioned> monthly(String rate) {
        return List.of(version(LocalDate.of(2026, 1, 1), rate, "MONTHLY"));
    }

    private static List<SavingsProductVersioned> quarterly(String rate) {
        return List.of(version(LocalDate.of(2026, 1, 1), rate, "QUARTERLY"));
    }

    static SavingsProductVersioned version(LocalDate from, String rate, String period) {
        return new SavingsProductVersioned("org", "sp-1", from, "Voluntary savings", SavingsKind.VOLUNTARY, "BDT",
                new BigDecimal("10.00"), BigDecimal.ZERO, new BigDecimal(rate), "DAILY_BALANCE", period, null);
    }
}
