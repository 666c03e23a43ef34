package org.kisti.reporting.portfolio.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kisti.reporting.portfolio.PortfolioFigures;
import org.kisti.reporting.portfolio.PortfolioView;

/**
 * The portfolio report as CSV in long form: one line per figure and currency, the totals first, then each row of the
 * roll-up. Long rather than wide because the set of figures varies with the currencies, the PAR buckets and the
 * classification policy, and a pivot table (or any data tool) widens it as its reader wants.
 */
public final class PortfolioCsv {

    static final String[] COLUMNS = {"orgId", "asOf", "from", "groupBy", "key", "label", "figure", "currency", "value"};

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get();

    private PortfolioCsv() {}

    /** Writes the report to {@code out} and flushes it, leaving it open: the caller owns the stream. */
    public static void write(PortfolioView view, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        figures(printer, view, "", "Total", view.totals());
        for (PortfolioView.Row row : view.rows()) {
            figures(printer, view, row.key(), row.label(), row.figures());
        }
        printer.flush();
    }

    private static void figures(CSVPrinter printer, PortfolioView view, String key, String label,
            PortfolioFigures figures) throws IOException {
        for (FigureCells.Cell cell : FigureCells.of(figures)) {
            printer.printRecord(SpreadsheetText.defuse(view.orgId()), view.asOf(), view.from(),
                    SpreadsheetText.defuse(view.groupBy()), SpreadsheetText.defuse(key),
                    SpreadsheetText.defuse(label), cell.figure(), cell.currency(), text(cell.value()));
        }
    }

    // Plain digits whatever the scale: a spreadsheet or parser must never see 1E+3 for a thousand.
    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
