package org.kisti.loan.servicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.loan.schedule.allocation.AppliedPayment;
import org.kisti.loan.schedule.allocation.LoanPosition;
import org.kisti.loan.schedule.allocation.Payment;
import org.kisti.loan.schedule.allocation.SettlementQuote;

/**
 * Generated payment histories, dated in any order, with random reversals: the position the recorded splits give is
 * always a fresh allocation of the surviving payments, and nothing is ever owed below zero; and the quote of any day
 * after the last payment, paid, settles everything. Seeds are fixed.
 */
class ServicingPropertiesTest {

    @Test
    void theRecordedPositionIsAlwaysAFreshAllocationOfTheSurvivingPayments() {
        for (long seed = 1; seed <= 120; seed++) {
            Random random = new Random(seed);
            Loans loan = Loans.kmssWeekly();
            List<String> standing = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                if (!standing.isEmpty() && random.nextInt(5) == 0) {
                    String reversed = standing.remove(random.nextInt(standing.size()));
                    loan.reverse(reversed, Loans.FIRST_DUE.plusWeeks(60));
                } else if (loan.owed().signum() > 0) {
                    BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(60_000), 2).min(loan.owed());
                    String id = "p-" + step;
                    loan.pay(id, amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(),
                            Loans.FIRST_DUE.plusDays(random.nextInt(300)));
                    standing.add(id);
                }
                LoanState state = loan.state();
                List<Payment> surviving = state.payments.stream().map(AppliedPayment::payment).toList();
                assertThat(state.position()).as("seed %d step %d", seed, step)
                        .isEqualTo(LoanPosition.allocated(state.schedule, surviving));
                assertThat(state.position().outstanding().total().signum()).isGreaterThanOrEqualTo(0);
                assertThat(surviving).extracting(Payment::paymentId).containsExactlyInAnyOrderElementsOf(standing);
            }
        }
    }

    @Test
    void settlingForTheQuoteOfAnyDayAfterTheLastPaymentLeavesNothingOwed() {
        for (long seed = 1; seed <= 120; seed++) {
            Random random = new Random(seed);
            Loans loan = Loans.kmssWeekly();
            LocalDate last = Loans.DISBURSED;
            for (int step = 0; step < random.nextInt(12); step++) {
                LocalDate on = Loans.FIRST_DUE.plusDays(random.nextInt(200));
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(40_000), 2).min(loan.owed());
                loan.pay("p-" + step, amount.toPlainString(), on);
                last = on.isAfter(last) ? on : last;
            }
            LocalDate day = last.plusDays(random.nextInt(400));
            boolean noRebate = random.nextBoolean();
            SettlementQuote quote = SettlementRules.quote(loan.state(), day, noRebate);
            loan.history.addAll(SettlementRules.settle(loan.state(), new SettleEarly("org", "l-1", "st",
                    Money.of(quote.total().toPlainString(), "BDT"), day, noRebate ? "NONE" : "PRO_RATA",
                    true)));

            assertThat(loan.owed()).as("seed %d", seed).isEqualByComparingTo("0.00");
            assertThat(loan.state().closed).isTrue();
        }
    }
}
