package org.kisti.savings.interest;

/** Which balance a day's interest is earned on. */
public enum BalanceBasis {
    /** The day's own end-of-day balance. */
    DAILY_BALANCE,
    /**
     * The lowest end-of-day balance of the day's calendar month, so money that passes through the account within
     * a month earns nothing that month.
     */
    MINIMUM_MONTHLY_BALANCE
}
