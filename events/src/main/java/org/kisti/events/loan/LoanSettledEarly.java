package org.kisti.events.loan;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * She paid her loan off early on {@code settledOn}, exactly the settlement quote of that day: all principal, the
 * interest and fees due by then, and the current instalment's interest earned pro rata ({@code splits}, per
 * instalment); the interest not yet earned and the fees not yet due are rebated ({@code rebated}, per instalment),
 * by the product's {@code rebatePolicy} (PRO_RATA, or NONE: a FLAT loan then owes all its remaining interest).
 * A {@link LoanRepaid} of the same day follows: the loan is closed.
 */
@EventType(name = "org.kisti.loans.LoanSettledEarly", version = 1)
public record LoanSettledEarly(String orgId, String loanId, String memberId, String paymentId, Money amount,
        Money principalPaid, Money interestPaid, Money feePaid, Money interestRebated, Money feeRebated,
        String rebatePolicy, LocalDate settledOn, List<PaymentSplit> splits, List<PaymentSplit> rebated)
        implements LoanEvent {

    public LoanSettledEarly {
        splits = List.copyOf(splits);
        rebated = List.copyOf(rebated);
    }

    @Override
    public LocalDate businessDate() {
        return settledOn;
    }
}
