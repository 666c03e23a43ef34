package org.kisti.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesTest {

    @ParameterizedTest
    @ValueSource(strings = {"BDT", "INR", "NPR", "PKR", "LKR", "MMK", "KES", "USD", "EUR"})
    void currenciesInCirculationWithTwoPlacesAreAccepted(String code) {
        assertThat(Currencies.isAccepted(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEM", "ZWD", "VEB", "LTL", "EEK", "CSD", "SIT", "HRK", "SLL", "MRO", "ZWL"})
    void withdrawnCurrenciesAreRefusedThoughTheJdkKnowsThem(String code) {
        assertThat(Currencies.isAccepted(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "XDR", "BOV", "XTS", "XXX", "JPY", "KWD", "bdt", "BDT ", "", "TAKA"})
    void metalsFundsTestCodesOtherMinorUnitsAndNonCodesAreRefused(String code) {
        assertThat(Currencies.isAccepted(code)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aMissingCodeIsRefused() {
        assertThat(Currencies.isAccepted(null)).isFalse();
    }
}
