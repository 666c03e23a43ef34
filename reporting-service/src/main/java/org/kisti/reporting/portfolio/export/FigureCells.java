package org.kisti.reporting.portfolio.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kisti.events.Money;
import org.kisti.reporting.portfolio.PortfolioFigures;
import org.kisti.reporting.portfolio.PortfolioFigures.LoanClass;
import org.kisti.reporting.portfolio.PortfolioFigures.LoansDisbursed;
import org.kisti.reporting.portfolio.PortfolioFigures.Par;
import org.kisti.reporting.portfolio.PortfolioFigures.Ratio;

/**
 * Flattens one {@link PortfolioFigures} into named cells, one per figure and currency, in a fixed order: every export
 * format walks the same list so that CSV and XLSX can never disagree on what a figure is called or where it goes.
 */
public final class FigureCells {

    /**
     * One figure in one currency. {@code value} is a {@link Long} (counts), a {@link BigDecimal} (money, ratios,
     * percents) or null (a figure without meaning for this row, or a ratio whose denominator is zero).
     */
    public record Cell(String figure, String currency, Object value) {}

    private FigureCells() {}

    public static List<Cell> of(PortfolioFigures f) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell("activeMembers", null, f.activeMembers()));
        cells.add(new Cell("activeBorrowers", null, f.activeBorrowers()));
        if (f.savingsOutstanding() == null) {
            // Still one cell, so the column exists in every row and a blank reads as "no meaning", not as zero.
            cells.add(new Cell("savingsOutstanding", null, null));
        } else {
            money(cells, "savingsOutstanding", f.savingsOutstanding());
        }
        loans(cells, "loansDisbursed", f.loansDisbursed());
        loans(cells, "loansDisbursedInPeriod", f.loansDisbursedInPeriod());
        money(cells, "loanOutstanding", f.loanOutstanding());
        money(cells, "overdue", f.overdue());
        cells.add(new Cell("loansInArrears", null, f.loansInArrears()));
        for (Map.Entry<String, Par> par : f.par().entrySet()) {
            money(cells, "par." + par.getKey() + ".amount", par.getValue().amount());
            ratios(cells, "par." + par.getKey() + ".ratio", par.getValue().ratio());
        }
        ratios(cells, "otr", f.otr());
        ratios(cells, "crr", f.crr());
        for (LoanClass c : f.classification()) {
            String prefix = "classification." + c.className() + ".";
            cells.add(new Cell(prefix + "loans", null, c.loans()));
            money(cells, prefix + "outstanding", c.outstanding());
            cells.add(new Cell(prefix + "provisionRate", null, decimal(c.provisionRate())));
            money(cells, prefix + "provision", c.provision());
        }
        money(cells, "writtenOffInPeriod", f.writtenOffInPeriod());
        money(cells, "recoveriesInPeriod", f.recoveriesInPeriod());
        ratios(cells, "writeOffRatio", f.writeOffRatio());
        ratios(cells, "portfolioYield", f.portfolioYield());
        return Collections.unmodifiableList(cells);
    }

    /** Whether the figure is a ratio (0.0412), as opposed to money, a count or a percent: formats differ. */
    public static boolean isRatio(String figure) {
        return figure.endsWith(".ratio") || figure.equals("otr") || figure.equals("crr")
                || figure.equals("writeOffRatio") || figure.equals("portfolioYield");
    }

    private static void loans(List<Cell> cells, String figure, LoansDisbursed loans) {
        cells.add(new Cell(figure + ".count", null, loans.count()));
        money(cells, figure + ".amount", loans.amount());
    }

    private static void money(List<Cell> cells, String figure, List<Money> amounts) {
        for (Money m : amounts) {
            cells.add(new Cell(figure, m.currency(), m.amount()));
        }
    }

    private static void ratios(List<Cell> cells, String figure, List<Ratio> ratios) {
        for (Ratio r : ratios) {
            cells.add(new Cell(figure, r.currency(), decimal(r.ratio())));
        }
    }

    // The model carries ratios and rates as decimal strings so JSON never turns them into doubles; so does this.
    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
