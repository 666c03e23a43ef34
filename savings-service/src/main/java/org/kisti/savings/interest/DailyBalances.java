package org.kisti.savings.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The end-of-day balance of the account's own money (movements only, no interest) for each day of a range, built
 * in one pass over the movements sorted once. Kept as a table because the minimum monthly balance looks ahead to
 * the rest of the month.
 */
final class DailyBalances {

    private final LocalDate first;
    private final BigDecimal[] endOfDay;

    private DailyBalances(LocalDate first, BigDecimal[] endOfDay) {
        this.first = first;
        this.endOfDay = endOfDay;
    }

    /** Balances for [first, last]; an empty table if last is before first. Movements dated before first count. */
    static DailyBalances of(List<Movement> movements, LocalDate first, LocalDate last) {
        List<Movement> byDate = new ArrayList<>(movements);
        byDate.sort(Comparator.comparing(Movement::valueDate));
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
        BigDecimal[] endOfDay = new BigDecimal[days];
        BigDecimal running = BigDecimal.ZERO;
        int next = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            while (next < byDate.size() && !byDate.get(next).valueDate().isAfter(day)) {
                running = running.add(byDate.get(next).amount());
                next++;
            }
            endOfDay[i] = running;
        }
        return new DailyBalances(first, endOfDay);
    }

    LocalDate first() {
        return first;
    }

    /** The last day of the table (the day before first when it is empty). */
    LocalDate last() {
        return first.plusDays(endOfDay.length - 1L);
    }

    /** The end-of-day balance on {@code day}, which must lie within the table. */
    BigDecimal on(LocalDate day) {
        return endOfDay[(int) ChronoUnit.DAYS.between(first, day)];
    }
}
