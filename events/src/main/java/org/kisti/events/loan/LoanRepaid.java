package org.kisti.events.loan;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** The last amount owed was paid on {@code repaidOn}: the loan is closed, and counts towards her next cycle. */
@EventType(name = "org.kisti.loans.LoanRepaid", version = 1)
public record LoanRepaid(String orgId, String loanId, String memberId, LocalDate repaidOn) implements LoanEvent {

    @Override
    public LocalDate businessDate() {
        return repaidOn;
    }
}
