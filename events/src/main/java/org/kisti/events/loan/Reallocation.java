package org.kisti.events.loan;

import java.util.List;
import org.kisti.events.Money;

/**
 * A payment recorded earlier whose split changed because a payment dated before it arrived, or one before it was
 * reversed: its new totals and per-instalment splits, which replace the old ones from this fact on.
 */
public record Reallocation(String paymentId, Money feePaid, Money interestPaid, Money principalPaid,
        List<PaymentSplit> splits) {

    public Reallocation {
        splits = List.copyOf(splits);
    }
}
