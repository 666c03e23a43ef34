package org.kisti.events.loan;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * A borrower paid towards her loan. The payment's split into fee, interest and principal is part of the fact, so
 * every reader agrees on the outstanding principal without re-running the allocation.
 *
 * <p>Version 2 records how: {@code allocation} names the allocation rules that made the split (e.g.
 * {@code kisti-allocation/1}: instalments in due-date order, each its fee, then interest, then principal; payments
 * in business-date order), {@code splits} the split per instalment, and {@code reallocated} every payment recorded
 * earlier whose split this one changed (it is dated before them). A version 1 record was allocated by
 * {@code kisti-allocation/1} in date order, changed no other payment, and carries no per-instalment splits
 * ({@link org.kisti.events.EventUpcasts}). {@code principalOutstandingAfter}: the loan's principal still owed once
 * this fact is recorded, counting every payment recorded so far whatever its date.
 */
@EventType(name = "org.kisti.loans.InstallmentPaid", version = 2)
public record InstallmentPaid(
        String orgId, String loanId, String memberId, String paymentId, Money amount, Money feePaid,
        Money interestPaid, Money principalPaid, Money principalOutstandingAfter, LocalDate paidOn,
        String allocation, List<PaymentSplit> splits, List<Reallocation> reallocated)
        implements LoanEvent {

    public InstallmentPaid {
        splits = splits == null ? null : List.copyOf(splits);
        reallocated = reallocated == null ? List.of() : List.copyOf(reallocated);
    }

    @Override
    public LocalDate businessDate() {
        return paidOn;
    }
}
