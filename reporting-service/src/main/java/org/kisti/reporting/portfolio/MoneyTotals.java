package org.kisti.reporting.portfolio;

import java.math.BigDecimal;
import java.util.List;
import org.kisti.events.Money;

/** Rows of (currency, amount, ...) from a grouped query, as money figures ordered by currency. */
final class MoneyTotals {

    private MoneyTotals() {}

    /** @param rows {@code [currency, amount, ...]}, one per currency; a database null sum counts as zero */
    static List<Money> of(List<Object[]> rows, int amountColumn) {
        return rows.stream()
                .map(row -> new Money(decimal(row[amountColumn]), (String) row[0]))
                .sorted(java.util.Comparator.comparing(Money::currency))
                .toList();
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
