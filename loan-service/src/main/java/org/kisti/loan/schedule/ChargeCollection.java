package org.kisti.loan.schedule;

/** When a service charge is collected. */
public enum ChargeCollection {
    /** Deducted at disbursement; not part of any instalment. */
    UPFRONT,
    /** Spread over the instalments as a fee part. */
    SPREAD
}
