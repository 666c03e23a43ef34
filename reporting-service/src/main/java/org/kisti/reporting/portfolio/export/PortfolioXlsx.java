package org.kisti.reporting.portfolio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kisti.reporting.portfolio.PortfolioView;

/**
 * The portfolio report as a workbook for people: the totals, the roll-up one row per key with a column per figure
 * and currency, and a sheet saying what the report is of and what each figure means. Numbers are numeric cells so
 * they sum and chart; text cells are never evaluated, so labels need no defusing here as they do in CSV.
 */
public final class PortfolioXlsx {

    private static final String MONEY = "#,##0.00";
    private static final String RATIO = "0.0000";

    private PortfolioXlsx() {}

    /** Writes the workbook to {@code out}, leaving it open: the caller owns the stream. */
    public static void write(PortfolioView view, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kisti", "1.0");
        totals(workbook.newWorksheet("Totals"), view);
        rows(workbook.newWorksheet("Rows"), view);
        definitions(workbook.newWorksheet("Definitions"), view);
        // finish, not close: close would close the caller's stream too.
        workbook.finish();
    }

    private static void totals(Worksheet sheet, PortfolioView view) {
        header(sheet, 0, "figure", "currency", "value");
        int r = 1;
        for (FigureCells.Cell cell : FigureCells.of(view.totals())) {
            sheet.value(r, 0, cell.figure());
            sheet.value(r, 1, cell.currency());
            number(sheet, r, 2, cell);
            r++;
        }
        sheet.freezePane(0, 1);
    }

    private static void rows(Worksheet sheet, PortfolioView view) {
        // Columns in first-seen order across rows: rows of different currencies or classes share one layout.
        Map<Column, Integer> columns = new LinkedHashMap<>();
        int r = 1;
        for (PortfolioView.Row row : view.rows()) {
            sheet.value(r, 0, row.key());
            sheet.value(r, 1, row.label());
            for (FigureCells.Cell cell : FigureCells.of(row.figures())) {
                Column column = new Column(cell.figure(), cell.currency());
                Integer c = columns.computeIfAbsent(column, k -> columns.size() + 2);
                number(sheet, r, c, cell);
            }
            r++;
        }
        header(sheet, 0, "key", "label");
        for (Map.Entry<Column, Integer> column : columns.entrySet()) {
            sheet.value(0, column.getValue(), column.getKey().title());
            sheet.style(0, column.getValue()).bold().set();
        }
        sheet.freezePane(2, 1);
    }

    private static void definitions(Worksheet sheet, PortfolioView view) {
        List<String[]> about = List.of(
                new String[] {"Organisation", view.orgId()},
                new String[] {"As of", Objects.toString(view.asOf(), null)},
                new String[] {"From", Objects.toString(view.from(), null)},
                new String[] {"Group by", view.groupBy()});
        int r = 0;
        for (String[] line : about) {
            sheet.value(r, 0, line[0]);
            sheet.style(r, 0).bold().set();
            sheet.value(r, 1, line[1]);
            r++;
        }
        header(sheet, ++r, "figure", "definition");
        for (Map.Entry<String, String> definition : FigureDefinitions.ALL.entrySet()) {
            r++;
            sheet.value(r, 0, definition.getKey());
            sheet.value(r, 1, definition.getValue());
        }
        r += 2;
        header(sheet, r, "Provenance");
        header(sheet, ++r, "topic", "partition", "offset");
        for (PortfolioView.Provenance p : view.provenance()) {
            r++;
            sheet.value(r, 0, p.topic());
            sheet.value(r, 1, p.partition());
            sheet.value(r, 2, p.offset());
        }
    }

    private static void header(Worksheet sheet, int r, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(r, c, titles[c]);
            sheet.style(r, c).bold().set();
        }
    }

    // A null value stays an empty cell: a figure without meaning or a ratio over zero is not a zero.
    private static void number(Worksheet sheet, int r, int c, FigureCells.Cell cell) {
        if (cell.value() == null) {
            return;
        }
        sheet.value(r, c, (Number) cell.value());
        if (cell.value() instanceof BigDecimal) {
            String format = format(cell);
            if (format != null) {
                sheet.style(r, c).format(format).set();
            }
        }
    }

    // Money and ratios have fixed formats; a provision rate is a percent as the policy states it, left general.
    private static String format(FigureCells.Cell cell) {
        if (FigureCells.isRatio(cell.figure())) {
            return RATIO;
        }
        return cell.currency() == null ? null : MONEY;
    }

    private record Column(String figure, String currency) {
        String title() {
            return currency == null ? figure : figure + " " + currency;
        }
    }
}
