package org.kisti.savings.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a product's interest is computed, from one version's {@code effectiveFrom} on, until the next version's.
 *
 * @param annualRate percent a year (6 or 6.5), applied ACTUAL/365
 */
public record InterestPolicy(LocalDate effectiveFrom, BigDecimal annualRate, BalanceBasis basis, PostingPeriod period) {

    public InterestPolicy {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(annualRate, "annualRate");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(period, "period");
    }
}
