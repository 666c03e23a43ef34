package org.kisti.loan.schedule;

/** How interest is charged on a loan; each method's arithmetic is in the loan-service README, "Schedule conventions". */
public enum InterestMethod {
    /** Interest on the original principal, spread evenly over the instalments. */
    FLAT,
    /** Interest on the outstanding principal; equal instalment totals (annuity). */
    DECLINING_EQUAL_INSTALLMENT,
    /** Interest on the outstanding principal; equal principal parts. */
    DECLINING_EQUAL_PRINCIPAL,
    /** Qard hasan: no interest, only principal (and an optional service charge). */
    INTEREST_FREE;

    boolean isDeclining() {
        return this == DECLINING_EQUAL_INSTALLMENT || this == DECLINING_EQUAL_PRINCIPAL;
    }
}
