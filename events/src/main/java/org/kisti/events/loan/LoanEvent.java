package org.kisti.events.loan;

import org.kisti.events.KistiEvent;

/** Facts about a loan, published on {@code kisti.loans.v1} keyed by loan id. */
public sealed interface LoanEvent extends KistiEvent permits LoanDisbursed, InstallmentPaid, LoanRepaid,
        RepaymentReversed, LoanReopened, LoanSettledEarly, LoanWrittenOff, LoanRecoveryReceived,
        LoanRescheduled {
    String loanId();

    @Override
    default String aggregateId() {
        return loanId();
    }
}
