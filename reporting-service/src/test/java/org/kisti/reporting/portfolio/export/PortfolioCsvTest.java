package org.kisti.reporting.portfolio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.reporting.portfolio.PortfolioView;

class PortfolioCsvTest {

    private String csv;
    private CSVParser parser;
    private List<CSVRecord> records;

    @BeforeEach
    void writeAndParseBack() throws IOException {
        StringWriter out = new StringWriter();
        PortfolioCsv.write(PortfolioViews.view(), out);
        csv = out.toString();
        parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv));
        records = parser.getRecords();
    }

    @Test
    void theHeaderNamesTheColumnsOfTheLongForm() {
        assertThat(parser.getHeaderNames())
                .containsExactly("orgId", "asOf", "from", "groupBy", "key", "label", "figure", "currency", "value");
    }

    @Test
    void theTotalsComeFirstThenEachRowInOrder() {
        // 41 cells of totals, then 11 per product row.
        assertThat(records).hasSize(41 + 11 + 11);
        assertThat(records.subList(0, 41)).allSatisfy(r -> {
            assertThat(r.get("key")).isEmpty();
            assertThat(r.get("label")).isEqualTo("Total");
        });
        assertThat(records.subList(41, 52)).allSatisfy(r -> assertThat(r.get("key")).isEqualTo("prod-1"));
        assertThat(records.subList(52, 63)).allSatisfy(r -> assertThat(r.get("key")).isEqualTo("unassigned"));
        assertThat(records.get(41).get("figure")).isEqualTo("activeMembers");
    }

    @Test
    void everyLineSaysWhichReportItIsFrom() {
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("orgId")).isEqualTo("org-demo");
            assertThat(r.get("asOf")).isEqualTo("2026-03-31");
            assertThat(r.get("from")).isEqualTo("2026-03-01");
            assertThat(r.get("groupBy")).isEqualTo("product");
        });
    }

    @Test
    void moneyRatiosAndCountsAreWrittenAsPlainDecimals() {
        assertThat(value("", "loanOutstanding", "BDT")).isEqualTo("9782.17");
        assertThat(value("", "loansDisbursed.amount", "BDT")).isEqualTo("4288686000.00");
        assertThat(value("", "par.1.ratio", "BDT")).isEqualTo("0.0511");
        assertThat(value("", "activeMembers", "")).isEqualTo("26601");
        assertThat(value("", "classification.WATCHFUL.provisionRate", "")).isEqualTo("5");
    }

    @Test
    void aNullMemberFigureIsAnEmptyCell() {
        assertThat(value("prod-1", "activeMembers", "")).isEmpty();
        assertThat(value("prod-1", "savingsOutstanding", "")).isEmpty();
    }

    @Test
    void aNullRatioIsAnEmptyCell() {
        assertThat(value("", "otr", "INR")).isEmpty();
        assertThat(value("unassigned", "otr", "INR")).isEmpty();
    }

    @Test
    void aLabelWithACommaAndQuotesIsQuotedAndReadsBackWhole() {
        assertThat(records.get(41).get("label")).isEqualTo(PortfolioViews.QUOTED_LABEL);
        assertThat(csv).contains("\"Jagoron, \"\"seasonal\"\"\"");
    }

    @Test
    void aLabelASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
        assertThat(records.get(52).get("label")).isEqualTo("'=1+2");
    }

    @Test
    void textBeginningWithAFormulaCharacterIsDefusedAndOtherTextIsNot() {
        assertThat(SpreadsheetText.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SpreadsheetText.defuse("+880")).isEqualTo("'+880");
        assertThat(SpreadsheetText.defuse("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetText.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.defuse("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetText.defuse("Ghatail")).isEqualTo("Ghatail");
        assertThat(SpreadsheetText.defuse("")).isEmpty();
        assertThat(SpreadsheetText.defuse(null)).isNull();
    }

    @Test
    void aViewWithoutRollUpHasOnlyTotalsAndAnEmptyGroupBy() throws IOException {
        PortfolioView view = PortfolioViews.view();
        StringWriter out = new StringWriter();
        PortfolioCsv.write(new PortfolioView(view.orgId(), view.asOf(), view.from(),
                null, view.totals(), List.of(), view.provenance()), out);

        List<CSVRecord> totalsOnly = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(totalsOnly).hasSize(41).allSatisfy(r -> assertThat(r.get("groupBy")).isEmpty());
    }

    private String value(String key, String figure, String currency) {
        return records.stream()
                .filter(r -> r.get("key").equals(key) && r.get("figure").equals(figure)
                        && r.get("currency").equals(currency))
                .findFirst().orElseThrow().get("value");
    }
}
