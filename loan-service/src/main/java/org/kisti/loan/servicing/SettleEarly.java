package org.kisti.loan.servicing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;

/**
 * Settle the loan early with {@code amount}, which must be the quote of {@code settledOn}. {@code rebatePolicy}: the
 * product's, as the request found it (PRO_RATA for a loan of no product); {@code flat}: whether its interest is FLAT.
 */
public record SettleEarly(String orgId, @TargetAggregateIdentifier String loanId, String paymentId, Money amount,
        LocalDate settledOn, String rebatePolicy, boolean flat) {

    /** A FLAT loan whose product rebates nothing owes all its remaining interest. */
    boolean owesAllRemainingInterest() {
        return flat && "NONE".equals(rebatePolicy);
    }
}
