package org.kisti.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;

class MoneyTotalsTest {

    @Test
    void groupedSumsBecomeMoneyPerCurrencyInCurrencyOrderWithTwoPlaces() {
        List<Object[]> rows = List.of(
                new Object[] {"INR", new BigDecimal("5000")},
                new Object[] {"BDT", new BigDecimal("9782.17")});

        assertThat(MoneyTotals.of(rows, 1))
                .containsExactly(Money.of("9782.17", "BDT"), Money.of("5000.00", "INR"));
    }
}
