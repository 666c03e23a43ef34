package org.kisti.loan.disbursement;

import org.kisti.events.loan.LoanDisbursed;
import org.kisti.loan.schedule.LoanTerms;

/**
 * Disburse a loan on its terms; the schedule is calculated once, here, and fixed in the event. {@code origin}: where
 * a loan made from an approved application came from; null for a loan disbursed directly.
 */
public record DisburseLoan(String orgId, String loanId, String memberId, LoanTerms terms, LoanDisbursed.Origin origin) {}
