package org.kisti.events.loan;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * A payment was entered wrongly and is reversed on {@code reversedOn}: the loan stands exactly as if it had never been
 * made. It counts at no date (its own fact stays in history); {@code feeReversed}, {@code interestReversed} and
 * {@code principalReversed} are what it had paid, and {@code reallocated} every later payment whose split changed
 * as the payments were allocated again without it, by the rules named in {@code allocation}.
 */
@EventType(name = "org.kisti.loans.RepaymentReversed", version = 1)
public record RepaymentReversed(String orgId, String loanId, String memberId, String paymentId, Money amount,
        Money feeReversed, Money interestReversed, Money principalReversed, Money principalOutstandingAfter,
        String reason, String reversedBy, LocalDate reversedOn, String allocation, List<Reallocation> reallocated)
        implements LoanEvent {

    public RepaymentReversed {
        reallocated = List.copyOf(reallocated);
    }

    @Override
    public LocalDate businessDate() {
        return reversedOn;
    }
}
