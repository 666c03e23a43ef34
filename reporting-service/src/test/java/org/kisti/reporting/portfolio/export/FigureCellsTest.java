package org.kisti.reporting.portfolio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.kisti.reporting.portfolio.export.FigureCells.Cell;

class FigureCellsTest {

    @Test
    void theTotalsFlattenToOneCellPerFigureAndCurrencyInTheDocumentedOrder() {
        List<Cell> cells = FigureCells.of(PortfolioViews.totals());

        assertThat(cells).extracting(Cell::figure, Cell::currency).containsExactly(
                tuple("activeMembers", null),
                tuple("activeBorrowers", null),
                tuple("savingsOutstanding", "BDT"), tuple("savingsOutstanding", "INR"),
                tuple("loansDisbursed.count", null),
                tuple("loansDisbursed.amount", "BDT"), tuple("loansDisbursed.amount", "INR"),
                tuple("loansDisbursedInPeriod.count", null),
                tuple("loansDisbursedInPeriod.amount", "BDT"), tuple("loansDisbursedInPeriod.amount", "INR"),
                tuple("loanOutstanding", "BDT"), tuple("loanOutstanding", "INR"),
                tuple("overdue", "BDT"), tuple("overdue", "INR"),
                tuple("loansInArrears", null),
                tuple("par.1.amount", "BDT"), tuple("par.1.amount", "INR"),
                tuple("par.1.ratio", "BDT"), tuple("par.1.ratio", "INR"),
                tuple("par.30.amount", "BDT"), tuple("par.30.amount", "INR"),
                tuple("par.30.ratio", "BDT"), tuple("par.30.ratio", "INR"),
                tuple("otr", "BDT"), tuple("otr", "INR"),
                tuple("crr", "BDT"), tuple("crr", "INR"),
                tuple("classification.STANDARD.loans", null),
                tuple("classification.STANDARD.outstanding", "BDT"),
                tuple("classification.STANDARD.outstanding", "INR"),
                tuple("classification.STANDARD.provisionRate", null),
                tuple("classification.STANDARD.provision", "BDT"),
                tuple("classification.STANDARD.provision", "INR"),
                tuple("classification.WATCHFUL.loans", null),
                tuple("classification.WATCHFUL.outstanding", "BDT"),
                tuple("classification.WATCHFUL.provisionRate", null),
                tuple("classification.WATCHFUL.provision", "BDT"),
                tuple("writtenOffInPeriod", "BDT"),
                tuple("recoveriesInPeriod", "BDT"),
                tuple("writeOffRatio", "BDT"),
                tuple("portfolioYield", "BDT"));
    }

    @Test
    void countsAreLongsAndMoneyRatiosAndRatesAreBigDecimals() {
        List<Cell> cells = FigureCells.of(PortfolioViews.totals());

        assertThat(value(cells, "activeMembers", null)).isEqualTo(26601L);
        assertThat(value(cells, "loansDisbursed.count", null)).isEqualTo(31204L);
        assertThat(value(cells, "loansInArrears", null)).isEqualTo(312L);
        assertThat(value(cells, "classification.WATCHFUL.loans", null)).isEqualTo(12L);
        assertThat(value(cells, "loanOutstanding", "BDT")).isEqualTo(new BigDecimal("9782.17"));
        assertThat(value(cells, "par.1.ratio", "BDT")).isEqualTo(new BigDecimal("0.0511"));
        assertThat(value(cells, "classification.WATCHFUL.provisionRate", null)).isEqualTo(new BigDecimal("5"));
    }

    @Test
    void aRatioOverNothingIsANullValue() {
        assertThat(value(FigureCells.of(PortfolioViews.totals()), "otr", "INR")).isNull();
    }

    @Test
    void aNullMemberFigureIsANullCellThatStillExists() {
        List<Cell> cells = FigureCells.of(PortfolioViews.row("BDT", "8000.00"));

        assertThat(cells).hasSize(11);
        assertThat(cells.subList(0, 3)).containsExactly(
                new Cell("activeMembers", null, null),
                new Cell("activeBorrowers", null, null),
                new Cell("savingsOutstanding", null, null));
    }

    @Test
    void anEmptyMoneyListGivesNoCell() {
        assertThat(FigureCells.of(PortfolioViews.row("BDT", "8000.00"))).extracting(Cell::figure)
                .contains("loansDisbursedInPeriod.count")
                .doesNotContain("loansDisbursedInPeriod.amount", "overdue", "crr");
    }

    @Test
    void onlyRatioFiguresAreRatios() {
        assertThat(List.of("par.90.ratio", "otr", "crr", "writeOffRatio", "portfolioYield"))
                .allMatch(FigureCells::isRatio);
        assertThat(List.of("par.90.amount", "loanOutstanding", "classification.WATCHFUL.provisionRate"))
                .noneMatch(FigureCells::isRatio);
    }

    private static Object value(List<Cell> cells, String figure, String currency) {
        return cells.stream()
                .filter(c -> c.figure().equals(figure) && Objects.equals(c.currency(), currency))
                .findFirst().orElseThrow().value();
    }
}
