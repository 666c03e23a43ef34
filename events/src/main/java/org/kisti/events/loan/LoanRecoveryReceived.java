package org.kisti.events.loan;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * Money received on {@code recoveredOn} on a loan written off: income, counted apart from repayments, never principal
 * back in the portfolio.
 */
@EventType(name = "org.kisti.loans.LoanRecoveryReceived", version = 1)
public record LoanRecoveryReceived(String orgId, String loanId, String memberId, String recoveryId, Money amount,
        LocalDate recoveredOn) implements LoanEvent {

    @Override
    public LocalDate businessDate() {
        return recoveredOn;
    }
}
