package org.kisti.loan.disbursement;

import org.kisti.loan.schedule.LoanTerms;

/** Disburse a loan on its terms; the schedule is calculated once, here, and fixed in the event. */
public record DisburseLoan(String orgId, String loanId, String memberId, LoanTerms terms) {}
