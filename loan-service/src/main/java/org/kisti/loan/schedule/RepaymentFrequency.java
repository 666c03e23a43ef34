package org.kisti.loan.schedule;

import java.time.LocalDate;

/** How often instalments fall due, and where the k-th due date lands. */
public enum RepaymentFrequency {
    WEEKLY(52) {
        @Override
        public LocalDate dueDate(LocalDate firstDue, int k) {
            return firstDue.plusDays(7L * k);
        }
    },
    FORTNIGHTLY(26) {
        @Override
        public LocalDate dueDate(LocalDate firstDue, int k) {
            return firstDue.plusDays(14L * k);
        }
    },
    MONTHLY(12) {
        // Always from the first due date, never chained: Jan 31 -> Feb 29 -> Mar 31, not Mar 29.
        @Override
        public LocalDate dueDate(LocalDate firstDue, int k) {
            return firstDue.plusMonths(k);
        }
    };

    private final int periodsPerYear;

    RepaymentFrequency(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** The due date of instalment number k + 1 (k is zero-based; k = 0 gives firstDue). */
    public abstract LocalDate dueDate(LocalDate firstDue, int k);
}
