package org.kisti.loan.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kisti.loan.servicing.Loans.FIRST_DUE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.loan.schedule.allocation.SettlementQuote;
import org.kisti.platform.problem.BusinessRuleViolation;

/** Early settlement of KMSS's weekly FLAT loan (245.00 a week: 217.83 principal and 27.17 interest at first). */
class SettlementRulesTest {

    private static final LocalDate THREE_DAYS_ON = FIRST_DUE.plusDays(3);
    private final Loans loan = Loans.kmssWeekly();

    @Test
    void theQuoteIsThePrincipalLeftAndTheCurrentInstalmentsInterestProRataByDays() {
        loan.pay("p-1", "245.00", FIRST_DUE);

        SettlementQuote quote = SettlementRules.quote(loan.state(), THREE_DAYS_ON, false);

        // 3 of the 7 days since instalment 1 fell due: 27.17 x 3 / 7 = 11.644... -> 11.64
        assertThat(quote.principal()).isEqualByComparingTo("9782.17");
        assertThat(quote.interest()).isEqualByComparingTo("11.64");
        assertThat(quote.total()).isEqualByComparingTo("9793.81");
        assertThat(quote.interestRebated()).isEqualByComparingTo(
                loan.state().position().outstanding().interest().subtract(quote.interest()));
    }

    @Test
    void aFlatLoanUnderANoRebatePolicyOwesAllItsRemainingInterest() {
        loan.pay("p-1", "245.00", FIRST_DUE);

        SettlementQuote quote = SettlementRules.quote(loan.state(), THREE_DAYS_ON, true);

        assertThat(quote.total()).isEqualByComparingTo(loan.owed());
        assertThat(quote.interestRebated()).isEqualByComparingTo("0.00");
    }

    @Test
    void instalmentsDueByTheDayAreOwedWholeAndOnADueDateNoInterestOfTheNextIsEarned() {
        SettlementQuote quote = SettlementRules.quote(loan.state(), FIRST_DUE, false);

        assertThat(quote.interest()).isEqualByComparingTo("27.17");
        assertThat(quote.principal()).isEqualByComparingTo("10000.00");
    }

    @Test
    void payingExactlyTheQuoteClosesTheLoanWithNothingOwed() {
        loan.pay("p-1", "245.00", FIRST_DUE);

        List<LoanEvent> events = settle("9793.81");

        assertThat(events.get(0)).isInstanceOfSatisfying(LoanSettledEarly.class, settled -> {
            assertThat(settled.principalPaid()).isEqualTo(Money.of("9782.17", "BDT"));
            assertThat(settled.rebatePolicy()).isEqualTo("PRO_RATA");
        });
        assertThat(events.get(1)).isEqualTo(new LoanRepaid("org", "l-1", "m-1", THREE_DAYS_ON));
        assertThat(loan.owed()).isEqualByComparingTo("0.00");
        assertThat(loan.state().position().outstanding().principal()).isEqualByComparingTo("0.00");
    }

    @Test
    void anyAmountButTheQuoteIsRefusedNamingTheQuote() {
        loan.pay("p-1", "245.00", FIRST_DUE);

        assertThatThrownBy(() -> settle("9793.80")).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("9793.81");
        assertThatThrownBy(() -> settle("9793.82")).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("larger than what is owed is refused");
    }

    @Test
    void aSettlementIsNotDatedBeforeTheLatestPaymentAndItsPaymentsAreNeverReversed() {
        loan.pay("p-1", "245.00", FIRST_DUE);
        assertThatThrownBy(() -> SettlementRules.quote(loan.state(), FIRST_DUE.minusDays(1), false))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("latest payment");

        settle("9793.81");

        assertThatThrownBy(() -> loan.reverse("p-1", THREE_DAYS_ON)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("settled early");
        assertThatThrownBy(() -> SettlementRules.quote(loan.state(), THREE_DAYS_ON, false))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("closed");
    }

    private List<LoanEvent> settle(String amount) {
        List<LoanEvent> events = SettlementRules.settle(loan.state(), new SettleEarly("org", "l-1", "st-1",
                Money.of(amount, "BDT"), THREE_DAYS_ON, "PRO_RATA", true));
        loan.history.addAll(events);
        return events;
    }
}
