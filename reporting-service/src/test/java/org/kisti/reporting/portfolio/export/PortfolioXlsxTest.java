package org.kisti.reporting.portfolio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortfolioXlsxTest {

    private static List<String> sheetNames;
    private static List<Row> totals;
    private static List<Row> rows;
    private static List<Row> definitions;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioXlsx.write(PortfolioViews.view(), out);
        // With cell formats, to see that money and ratios are shown as such.
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
            sheetNames = sheets.stream().map(Sheet::getName).collect(Collectors.toList());
            totals = sheets.get(0).read();
            rows = sheets.get(1).read();
            definitions = sheets.get(2).read();
        }
    }

    @Test
    void theWorkbookHasTheTotalsTheRowsAndTheDefinitionsInThatOrder() {
        assertThat(sheetNames).containsExactly("Totals", "Rows", "Definitions");
    }

    @Test
    void theTotalsAreOneNumericCellPerFigureAndCurrency() {
        assertThat(texts(totals.get(0))).containsExactly("figure", "currency", "value");
        assertThat(totals).hasSize(1 + 41);

        Cell outstanding = totalsValue("loanOutstanding", "BDT");
        assertThat(outstanding.getType()).isEqualTo(CellType.NUMBER);
        assertThat(outstanding.asNumber()).isEqualTo(new BigDecimal("9782.17"));
        assertThat(outstanding.getDataFormatString()).isEqualTo("#,##0.00");

        Cell par = totalsValue("par.1.ratio", "BDT");
        assertThat(par.asNumber()).isEqualTo(new BigDecimal("0.0511"));
        assertThat(par.getDataFormatString()).isEqualTo("0.0000");

        assertThat(totalsValue("activeMembers", "").asNumber()).isEqualTo(new BigDecimal("26601"));
    }

    @Test
    void aNullRatioIsAnEmptyCell() {
        Row otr = totals.stream().filter(r -> r.getCellText(0).equals("otr") && r.getCellText(1).equals("INR"))
                .findFirst().orElseThrow();
        assertThat(otr.getOptionalCell(2).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
    }

    @Test
    void theRowsAreWideWithAColumnPerFigureAndCurrencyInFirstSeenOrder() {
        assertThat(texts(rows.get(0))).containsExactly("key", "label",
                "activeMembers", "activeBorrowers", "savingsOutstanding",
                "loansDisbursed.count", "loansDisbursed.amount BDT", "loansDisbursedInPeriod.count",
                "loanOutstanding BDT", "loansInArrears", "par.1.amount BDT", "par.1.ratio BDT", "otr BDT",
                // The second row is in rupees: its columns come after every column of the first.
                "loansDisbursed.amount INR", "loanOutstanding INR", "par.1.amount INR", "par.1.ratio INR",
                "otr INR");
        assertThat(rows).hasSize(3);

        Row first = rows.get(1);
        assertThat(first.getCellText(0)).isEqualTo("prod-1");
        assertThat(first.getCellText(1)).isEqualTo(PortfolioViews.QUOTED_LABEL);
        assertThat(first.getCellAsNumber(8)).contains(new BigDecimal("8000.00"));
        assertThat(first.getCellAsNumber(5)).contains(new BigDecimal("3"));
        assertThat(first.getOptionalCell(14).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);

        Row second = rows.get(2);
        assertThat(second.getCellAsNumber(14)).contains(new BigDecimal("1200.00"));
        assertThat(second.getOptionalCell(8).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
    }

    @Test
    void aNullMemberFigureIsAnEmptyCell() {
        assertThat(rows.get(1).getOptionalCell(2).map(Cell::getType).orElse(CellType.EMPTY))
                .isEqualTo(CellType.EMPTY);
    }

    @Test
    void aFormulaLookingLabelStaysTextInTheWorkbook() {
        Cell label = rows.get(2).getCell(1);
        assertThat(label.getType()).isEqualTo(CellType.STRING);
        assertThat(label.getText()).isEqualTo(PortfolioViews.FORMULA_LABEL);
    }

    @Test
    void theDefinitionsSayWhatTheReportIsOf() {
        assertThat(texts(definitions.get(0))).containsExactly("Organisation", "org-demo");
        assertThat(texts(definitions.get(1))).containsExactly("As of", "2026-03-31");
        assertThat(texts(definitions.get(2))).containsExactly("From", "2026-03-01");
        assertThat(texts(definitions.get(3))).containsExactly("Group by", "product");
    }

    @Test
    void theDefinitionsDefineEveryFigureFamilyAfterABlankRow() {
        Row header = definitions.get(4);
        assertThat(header.getRowNum()).isEqualTo(6);
        assertThat(texts(header)).containsExactly("figure", "definition");
        assertThat(definitions.subList(5, 5 + FigureDefinitions.ALL.size()))
                .extracting(r -> r.getCellText(0), r -> r.getCellText(1))
                .containsExactlyElementsOf(FigureDefinitions.ALL.entrySet().stream()
                        .map(e -> tuple(e.getKey(), e.getValue()))
                        .collect(Collectors.toList()));
    }

    @Test
    void theDefinitionsEndWithTheProvenanceOfTheFigures() {
        int start = 5 + FigureDefinitions.ALL.size();
        assertThat(definitions.get(start).getRowNum()).isEqualTo(definitions.get(start - 1).getRowNum() + 2);
        assertThat(texts(definitions.get(start))).containsExactly("Provenance");
        assertThat(texts(definitions.get(start + 1))).containsExactly("topic", "partition", "offset");
        assertThat(texts(definitions.get(start + 2))).containsExactly("kisti.loans.v1", "0", "48213");
        assertThat(definitions.get(start + 2).getCellAsNumber(2)).contains(new BigDecimal("48213"));
        assertThat(texts(definitions.get(start + 3))).containsExactly("kisti.members.v1", "1", "907");
        assertThat(definitions).hasSize(start + 4);
    }

    private static Cell totalsValue(String figure, String currency) {
        return totals.stream()
                .filter(r -> r.getCellText(0).equals(figure) && r.getCellText(1).equals(currency))
                .findFirst().orElseThrow().getCell(2);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            texts.add(row.getCellText(c));
        }
        return texts;
    }
}
