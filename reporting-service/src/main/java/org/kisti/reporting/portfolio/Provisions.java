package org.kisti.reporting.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kisti.events.Money;
import org.kisti.reporting.portfolio.PortfolioFigures.LoanClass;

/**
 * Provision is rounded once on each class total of a row; the totals' provision is then the sum of the rows', so a
 * funder adding up the rows finds the total to the paisa (rounding the organisation's class total again could differ).
 */
final class Provisions {

    private Provisions() {}

    static PortfolioFigures summedOverRows(PortfolioFigures totals, List<PortfolioFigures> rows) {
        if (rows.size() <= 1) {
            return totals; // one row is the totals
        }
        List<LoanClass> classes = totals.classification().stream().map(loanClass -> {
            Map<String, BigDecimal> sums = new TreeMap<>();
            loanClass.provision().forEach(money -> sums.put(money.currency(), BigDecimal.ZERO));
            for (PortfolioFigures row : rows) {
                row.classification().stream().filter(c -> c.className().equals(loanClass.className()))
                        .flatMap(c -> c.provision().stream())
                        .forEach(money -> sums.merge(money.currency(), money.amount(), BigDecimal::add));
            }
            List<Money> provision = Ratios.amounts(sums);
            return new LoanClass(loanClass.className(), loanClass.loans(), loanClass.outstanding(),
                    loanClass.provisionRate(), provision);
        }).toList();
        return new PortfolioFigures(totals.activeMembers(), totals.activeBorrowers(), totals.savingsOutstanding(),
                totals.loansDisbursed(), totals.loansDisbursedInPeriod(), totals.loanOutstanding(), totals.overdue(),
                totals.loansInArrears(), totals.par(), totals.otr(), totals.crr(), classes, totals.writtenOffInPeriod(),
                totals.recoveriesInPeriod(), totals.writeOffRatio(), totals.portfolioYield());
    }
}
