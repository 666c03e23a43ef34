package org.kisti.reporting.portfolio;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kisti.events.Money;
import org.kisti.reporting.portfolio.PortfolioFigures.Par;

/**
 * Portfolio at risk from the open loans' days in arrears: PAR X is the whole outstanding principal of the loans
 * more than X days in arrears (not only their overdue part), and its ratio to the outstanding portfolio, per
 * currency, with a figure for every currency outstanding.
 */
record PortfolioAtRisk(List<Money> overdue, long loansInArrears, Map<String, Par> par) {

    /** The thresholds funders read, in days. */
    static final List<Integer> THRESHOLDS = List.of(1, 30, 60, 90, 180);

    static PortfolioAtRisk of(List<ArrearsBucket> buckets, List<Money> outstanding) {
        Map<String, BigDecimal> overdue = new TreeMap<>();
        Map<Integer, Map<String, BigDecimal>> atRisk = new LinkedHashMap<>();
        THRESHOLDS.forEach(days -> atRisk.put(days, new TreeMap<>()));
        long late = 0;
        for (ArrearsBucket bucket : buckets) {
            overdue.merge(bucket.currency(), bucket.overdue(), BigDecimal::add);
            if (bucket.days() > 0) {
                late += bucket.loans();
            }
            for (int threshold : THRESHOLDS) {
                if (bucket.days() > threshold) {
                    atRisk.get(threshold).merge(bucket.currency(), bucket.outstanding(), BigDecimal::add);
                }
            }
        }
        Map<String, BigDecimal> whole = Ratios.byCurrency(outstanding);
        Map<String, Par> par = new LinkedHashMap<>();
        for (int threshold : THRESHOLDS) {
            List<Money> amounts = Ratios.amounts(atRisk.get(threshold), whole.keySet());
            par.put(String.valueOf(threshold), new Par(amounts, Ratios.of(atRisk.get(threshold), whole,
                    whole.keySet())));
        }
        return new PortfolioAtRisk(Ratios.amounts(overdue, whole.keySet()), late, par);
    }
}
