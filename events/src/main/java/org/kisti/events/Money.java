package org.kisti.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency. Always at the currency's minor unit (2 places for BDT and INR) so that equal amounts are
 * equal records; serialised with the amount as a decimal string, never a JSON number, so no consumer parses it
 * into a double.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    /**
     * The largest amount one posting may move, and the largest balance an account may hold: a trillion less a paisa.
     * Every projection column ({@code numeric(19,2)}) holds it and the sums of many of it with room to spare.
     */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        if (amount.scale() > scale && amount.stripTrailingZeros().scale() > scale) {
            // Never the amount itself in the message: a hostile one can be megabytes when written out.
            throw new IllegalArgumentException("amount has more than " + scale + " decimal places for " + currency);
        }
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Above {@link #MAX_AMOUNT}, in either direction. */
    @JsonIgnore
    public boolean exceedsMaximum() {
        return amount.abs().compareTo(MAX_AMOUNT) > 0;
    }

    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
