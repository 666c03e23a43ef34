package org.kisti.reporting.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kisti.events.Money;
import org.kisti.reporting.portfolio.PortfolioFigures.Ratio;

/** Per-currency sums as money lists and ratios, the one place their rounding is decided. */
final class Ratios {

    static final int PLACES = 4;

    private Ratios() {}

    /** Part over whole per currency: 4 places HALF_UP, null where the whole is zero; computed from summed amounts. */
    static List<Ratio> of(Map<String, BigDecimal> part, Map<String, BigDecimal> whole, Collection<String> currencies) {
        return new TreeSet<>(currencies).stream().map(currency -> new Ratio(currency, ratio(
                part.getOrDefault(currency, BigDecimal.ZERO), whole.getOrDefault(currency, BigDecimal.ZERO))))
                .toList();
    }

    static String ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, PLACES, RoundingMode.HALF_UP).toPlainString();
    }

    /** One money per currency named, zero where nothing was summed, ordered by currency. */
    static List<Money> amounts(Map<String, BigDecimal> sums, Collection<String> currencies) {
        return new TreeSet<>(currencies).stream()
                .map(currency -> new Money(sums.getOrDefault(currency, BigDecimal.ZERO), currency)).toList();
    }

    /** The money summed per currency, as is. */
    static List<Money> amounts(Map<String, BigDecimal> sums) {
        return amounts(sums, sums.keySet());
    }

    static Map<String, BigDecimal> byCurrency(List<Money> moneys) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        moneys.forEach(money -> sums.merge(money.currency(), money.amount(), BigDecimal::add));
        return sums;
    }
}
