package org.kisti.events.loan;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * A borrower paid towards her loan. The payment's split into fee, interest and principal is part of the fact, so
 * every reader agrees on the outstanding principal without re-running the allocation.
 */
@EventType(name = "org.kisti.loans.InstallmentPaid", version = 1)
public record InstallmentPaid(
        String orgId, String loanId, String memberId, String paymentId, Money amount, Money feePaid,
        Money interestPaid, Money principalPaid, Money principalOutstandingAfter, LocalDate paidOn)
        implements LoanEvent {

    @Override
    public LocalDate businessDate() {
        return paidOn;
    }
}
