package org.kisti.loan.schedule;

/** How interest is charged on a loan; see the schedule spec for each method's arithmetic. */
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
