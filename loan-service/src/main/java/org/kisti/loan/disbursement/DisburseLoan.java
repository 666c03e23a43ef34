package org.kisti.loan.disbursement;

import org.kisti.events.loan.LoanDisbursed;
import org.kisti.loan.schedule.DueDates;
import org.kisti.loan.schedule.LoanTerms;

/**
 * Disburse a loan on its terms; the schedule is calculated once, here, and fixed in the event. {@code origin}: where
 * a loan made from an approved application came from; null for a loan disbursed directly. {@code calendar}: the
 * holidays and meeting day its due dates move by, and the product's rule, as the request found them.
 */
public record DisburseLoan(String orgId, String loanId, String memberId, LoanTerms terms, LoanDisbursed.Origin origin,
        DueDates.Calendar calendar) {

    /** A loan whose due dates stay where the calendar of instalments puts them. */
    public DisburseLoan(String orgId, String loanId, String memberId, LoanTerms terms, LoanDisbursed.Origin origin) {
        this(orgId, loanId, memberId, terms, origin, DueDates.Calendar.NONE);
    }
}
