package org.kisti.loan.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.loan.product.ProductCommands.VersionProduct;
import org.kisti.loan.schedule.InstallmentRounding;
import org.kisti.platform.problem.ProblemException;

class ProductRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    @Test
    void aProductWithinTheCapIsVersionedWithItsHighestDisclosedRate() {
        LoanProductVersioned version = ProductRules.version(null, product("FLAT", "PER_LOAN", "8.00", "0.50",
                new BigDecimal("27")));

        assertThat(version.highestEffectiveAnnualRate()).isBetween(new BigDecimal("15"), new BigDecimal("27"));
    }

    @Test
    void aProductAboveTheCapIsRefusedNamingTheRateAndTheCap() {
        assertThatThrownBy(() -> ProductRules.version(null, product("FLAT", "PER_YEAR", "24.00", "1.00",
                new BigDecimal("27"))))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("annualInterestRate: the highest effective annual rate disclosed, ")
                .hasMessageContaining("is above the organisation's cap of 27 %");
    }

    @Test
    void anInterestFreeProductWithAServiceChargeDisclosesOnlyTheChargeAsItsRate() {
        LoanProductVersioned zakat = ProductRules.version(null, product("INTEREST_FREE", "PER_YEAR", null, "2.00",
                new BigDecimal("27")));

        assertThat(zakat.highestEffectiveAnnualRate()).isPositive().isLessThan(new BigDecimal("27"));
    }

    @Test
    void aVersionCannotStartBeforeTheLatestOne() {
        assertThatThrownBy(() -> ProductRules.version(FROM.plusMonths(1), product("FLAT", "PER_LOAN", "12.50", "1.00",
                null))).isInstanceOf(ProblemException.class).hasMessageContaining("effectiveFrom");
    }

    private static VersionProduct product(String method, String basis, String rate, String charge, BigDecimal cap) {
        return new VersionProduct("org", "prod-1", FROM, "Jagoron", "BDT", new BigDecimal("10000.00"),
                new BigDecimal("500000.00"), List.of(46), "WEEKLY", method, basis,
                rate == null ? null : new BigDecimal(rate), new BigDecimal(charge), 15, new BigDecimal("10.00"), true,
                1, List.of(), List.of("core"), List.of("POULTRY"), true, InstallmentRounding.DEFAULT, cap, "PRO_RATA",
                "STAYS");
    }
}
