package org.kisti.loan.schedule;

/** What period the quoted interest rate covers. Only FLAT accepts PER_LOAN. */
public enum RateBasis {
    /** The rate is per year (annual percentage). */
    PER_YEAR,
    /** The rate is for the whole loan term, whatever its length (common for flat-rate microloans). */
    PER_LOAN
}
