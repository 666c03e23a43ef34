package org.kisti.reporting.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kisti.events.Money;
import org.kisti.reporting.portfolio.PortfolioView.Par;
import org.kisti.reporting.portfolio.PortfolioView.Ratio;

/**
 * Portfolio at risk from each open loan's days in arrears: PAR X is the whole outstanding principal of the loans
 * more than X days in arrears (not only their overdue part), and its ratio to the outstanding portfolio, per
 * currency, 4 places HALF_UP, null where nothing is outstanding.
 */
record PortfolioAtRisk(List<Money> overdue, long loansInArrears, Map<String, Par> par) {

    /** The thresholds funders read, in days. */
    static final List<Integer> THRESHOLDS = List.of(1, 30, 60, 90, 180);

    /** @param loans rows {@code [currency, outstanding, days, overdue]}, one per open loan */
    static PortfolioAtRisk of(List<Object[]> loans, List<Money> outstanding) {
        Map<String, BigDecimal> overdue = new TreeMap<>();
        Map<Integer, Map<String, BigDecimal>> atRisk = new LinkedHashMap<>();
        THRESHOLDS.forEach(days -> atRisk.put(days, new TreeMap<>()));
        long late = 0;
        for (Object[] loan : loans) {
            String currency = (String) loan[0];
            BigDecimal principal = MoneyTotals.decimal(loan[1]);
            long days = MoneyTotals.count(loan[2]);
            overdue.merge(currency, MoneyTotals.decimal(loan[3]), BigDecimal::add);
            if (days > 0) {
                late++;
            }
            for (int threshold : THRESHOLDS) {
                if (days > threshold) {
                    atRisk.get(threshold).merge(currency, principal, BigDecimal::add);
                }
            }
        }
        Map<String, Par> par = new LinkedHashMap<>();
        for (int threshold : THRESHOLDS) {
            List<Money> amounts = outstanding.stream().map(total -> new Money(atRisk.get(threshold)
                    .getOrDefault(total.currency(), BigDecimal.ZERO), total.currency())).toList();
            List<Ratio> ratios = amounts.stream().map(amount -> new Ratio(amount.currency(), ratio(amount.amount(),
                    outstanding.stream().filter(t -> t.currency().equals(amount.currency())).findFirst()
                            .map(Money::amount).orElse(BigDecimal.ZERO)))).toList();
            par.put(String.valueOf(threshold), new Par(amounts, ratios));
        }
        List<Money> overdueMoney = outstanding.stream().map(total -> new Money(overdue.getOrDefault(total.currency(),
                BigDecimal.ZERO), total.currency())).toList();
        return new PortfolioAtRisk(overdueMoney, late, par);
    }

    private static String ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP).toPlainString();
    }
}
