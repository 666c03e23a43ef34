package org.kisti.events.loan;

import java.time.LocalDate;
import org.kisti.events.EventType;

/**
 * A loan closed as repaid is open again from {@code reopenedOn}: a payment it counted ({@code paymentId}) was
 * reversed, so something is owed once more. Readers that closed it on {@code LoanRepaid} open it again.
 */
@EventType(name = "org.kisti.loans.LoanReopened", version = 1)
public record LoanReopened(String orgId, String loanId, String memberId, String paymentId, LocalDate reopenedOn)
        implements LoanEvent {

    @Override
    public LocalDate businessDate() {
        return reopenedOn;
    }
}
