package org.kisti.savings.interest;

import java.time.LocalDate;

/**
 * How often interest is posted. Periods are calendar-aligned, not counted from the opening date, so every account
 * on a product is posted on the same days; each ends on the last day of a month.
 */
public enum PostingPeriod {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    PostingPeriod(int months) {
        this.months = months;
    }

    /** Whether a period ends on this day: the last day of a month whose number is a multiple of the period's length. */
    public boolean endsOn(LocalDate day) {
        return day.getDayOfMonth() == day.lengthOfMonth() && day.getMonthValue() % months == 0;
    }

    /** The calendar first day of the period ending on {@code end} (an account opened later starts its own first one later). */
    public LocalDate firstDayOfPeriodEndingOn(LocalDate end) {
        if (!endsOn(end)) {
            throw new IllegalArgumentException("no " + this + " period ends on " + end);
        }
        return end.withDayOfMonth(1).minusMonths(months - 1L);
    }
}
