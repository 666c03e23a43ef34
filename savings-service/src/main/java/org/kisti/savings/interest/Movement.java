package org.kisti.savings.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A movement of the account's own money by value (business) date: deposits positive, withdrawals and refunds
 * negative. Never interest: the calculator credits the interest of its ideal history itself.
 */
public record Movement(LocalDate valueDate, BigDecimal amount) {

    public Movement {
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
