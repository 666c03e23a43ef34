package org.kisti.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreHeldAtTheCurrencysMinorUnit() {
        assertThat(Money.of("100", "BDT").amount().toPlainString()).isEqualTo("100.00");
        assertThat(Money.of("100.50", "INR")).isEqualTo(Money.of("100.5", "INR"));
    }

    @Test
    void moreDecimalPlacesThanTheCurrencyHasAreRejectedNotRounded() {
        assertThatThrownBy(() -> Money.of("1.005", "BDT")).hasMessageContaining("more than 2 decimal places");
    }

    @Test
    void currenciesDoNotMix() {
        assertThatThrownBy(() -> Money.of("1", "BDT").plus(Money.of("1", "INR"))).hasMessageContaining("cannot mix");
    }

    @Test
    void amountIsWrittenAsADecimalString() throws Exception {
        assertThat(EventJson.newMapper().writeValueAsString(Money.of("10000", "BDT")))
                .isEqualTo("{\"amount\":\"10000.00\",\"currency\":\"BDT\"}");
    }
}
