package org.kisti.savings.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsLienPlaced;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.events.savings.WithdrawalKind;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.savings.deposit.DepositRules;
import org.kisti.savings.deposit.DepositSavings;
import org.kisti.savings.interest.InterestCalculator;
import org.kisti.savings.interest.Posting;
import org.kisti.savings.posting.InterestRules;
import org.kisti.savings.posting.PostInterest;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;
import org.kisti.savings.withdrawal.WithdrawalRules;

/**
 * The account's rules over generated histories: deposits and withdrawals dated anywhere from the opening (back-dated
 * ones included), liens, and monthly postings run as the months end. Seeds are fixed, so a failure replays.
 */
class AccountPropertiesTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 1, 1);
    private static final BigDecimal MINIMUM = new BigDecimal("50.00");
    private static final List<SavingsProductVersioned> PRODUCT = List.of(
            version(OPENED, "6.00"), version(LocalDate.of(2026, 4, 16), "7.25"));

    @Test
    void theBalanceOnEveryDateIsDepositsPlusInterestLessWithdrawals() {
        for (long seed = 1; seed <= 150; seed++) {
            List<SavingsEvent> history = generate(new Random(seed));
            AccountState account = AccountState.of(history);
            for (LocalDate day = OPENED; !day.isAfter(LocalDate.of(2026, 12, 31)); day = day.plusDays(1)) {
                assertThat(account.balanceOn(day)).as("seed %d on %s", seed, day).isEqualByComparingTo(
                        signedSumOn(history, day));
            }
        }
    }

    @Test
    void noWithdrawalLeavesAnyLaterDayBelowTheMinimumPlusWhatIsHeld() {
        for (long seed = 1; seed <= 150; seed++) {
            List<SavingsEvent> history = new ArrayList<>();
            for (SavingsEvent event : generate(new Random(seed))) {
                history.add(event);
                if (event instanceof SavingsWithdrawn withdrawn) {
                    AccountState account = AccountState.of(history);
                    assertThat(account.lowestBalanceFrom(withdrawn.withdrawnOn())).as("seed %d", seed)
                            .isGreaterThanOrEqualTo(MINIMUM.add(account.held().amount()));
                }
            }
        }
    }

    @Test
    void everythingPostedEqualsARecomputeOverAllMovementsAndPostingAgainChangesNothing() {
        for (long seed = 1; seed <= 150; seed++) {
            List<SavingsEvent> history = generate(new Random(seed));
            LocalDate last = LocalDate.of(2027, 1, 31);
            InterestRules.post(AccountState.of(history), new PostInterest("org", "s-1", "final", last, PRODUCT))
                    .ifPresent(history::add);
            AccountState account = AccountState.of(history);
            BigDecimal recomputed = InterestCalculator.postings(OPENED, account.ownMovements(),
                    InterestRules.policies(PRODUCT), last).stream().map(Posting::interest)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(account.interestPosted).as("seed %d", seed).isEqualByComparingTo(recomputed);
            assertThat(InterestRules.post(account, new PostInterest("org", "s-1", "again", last, PRODUCT))).isEmpty();
        }
    }

    /**
     * A year of random business, a few days apart: deposits, withdrawals and liens dated up to 60 days back, and each
     * month's posting run once the month has ended (so movements keep arriving dated into posted months).
     */
    private static List<SavingsEvent> generate(Random random) {
        List<SavingsEvent> history = new ArrayList<>(List.of(
                new SavingsAccountOpened("org", "s-1", "m-1", null, "BDT", OPENED, "sp-1")));
        LocalDate today = OPENED;
        int id = 0;
        while (today.getYear() == 2026) {
            today = today.plusDays(1 + random.nextInt(9));
            LocalDate monthEnd = today.withDayOfMonth(1).minusDays(1);
            AccountState account = AccountState.of(history);
            boolean unposted = account.lastPeriodEnd == null || monthEnd.isAfter(account.lastPeriodEnd);
            if (!monthEnd.isBefore(OPENED) && unposted) {
                InterestRules.post(account, new PostInterest("org", "s-1", "i-" + id++, monthEnd, PRODUCT))
                        .ifPresent(history::add);
                account = AccountState.of(history);
            }
            LocalDate valueDate = today.minusDays(random.nextInt(60));
            if (valueDate.isBefore(OPENED)) {
                valueDate = OPENED;
            }
            Money amount = new Money(BigDecimal.valueOf(1 + random.nextInt(50_000), 2), "BDT");
            try {
                int what = random.nextInt(10);
                if (what < 6) {
                    history.add(DepositRules.deposit(account, new DepositSavings("org", "s-1", "d-" + id++, amount,
                            valueDate)));
                } else if (what < 9) {
                    history.add(WithdrawalRules.withdraw(account, new WithdrawSavings("org", "s-1", "w-" + id++,
                            amount, WithdrawalKind.EMERGENCY, valueDate, PRODUCT.get(0))));
                } else if (account.liens.isEmpty()) {
                    history.add(new SavingsLienPlaced("org", "s-1", "m-1", "l-" + id++, amount, today));
                }
            } catch (BusinessRuleViolation refused) {
                // A withdrawal the rules refuse is part of the property: nothing is recorded.
            }
        }
        return history;
    }

    private static BigDecimal signedSumOn(List<SavingsEvent> history, LocalDate day) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SavingsEvent event : history) {
            if (event instanceof SavingsDeposited d && !d.depositedOn().isAfter(day)) {
                sum = sum.add(d.amount().amount());
            } else if (event instanceof SavingsWithdrawn w && !w.withdrawnOn().isAfter(day)) {
                sum = sum.subtract(w.amount().amount());
            } else if (event instanceof SavingsInterestPosted i && !i.periodEnd().isAfter(day)) {
                sum = sum.add(i.interest().amount()).add(i.adjustment().amount());
            }
        }
        return sum;
    }

    private static SavingsProductVersioned version(LocalDate from, String rate) {
        return new SavingsProductVersioned("org", "sp-1", from, "Compulsory", SavingsKind.COMPULSORY, "BDT",
                new BigDecimal("10.00"), MINIMUM, new BigDecimal(rate), "DAILY_BALANCE", "MONTHLY", null);
    }
}
