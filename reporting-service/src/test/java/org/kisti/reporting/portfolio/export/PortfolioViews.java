package org.kisti.reporting.portfolio.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kisti.events.Money;
import org.kisti.reporting.portfolio.PortfolioFigures;
import org.kisti.reporting.portfolio.PortfolioFigures.LoanClass;
import org.kisti.reporting.portfolio.PortfolioFigures.LoansDisbursed;
import org.kisti.reporting.portfolio.PortfolioFigures.Par;
import org.kisti.reporting.portfolio.PortfolioFigures.Ratio;
import org.kisti.reporting.portfolio.PortfolioView;
import org.kisti.reporting.portfolio.PortfolioView.Provenance;
import org.kisti.reporting.portfolio.PortfolioView.Row;

/**
 * A report built by hand with what an export must survive: two currencies, a null ratio, rows without member figures
 * (a product roll-up), a label with a comma and quotes, and one a spreadsheet would take for a formula.
 */
final class PortfolioViews {

    static final String QUOTED_LABEL = "Jagoron, \"seasonal\"";
    static final String FORMULA_LABEL = "=1+2";

    private PortfolioViews() {}

    static PortfolioView view() {
        return new PortfolioView("org-demo", LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-01"), "product",
                totals(),
                List.of(new Row("prod-1", QUOTED_LABEL, row("BDT", "8000.00")),
                        new Row("unassigned", FORMULA_LABEL, row("INR", "1200.00"))),
                List.of(new Provenance("kisti.loans.v1", 0, 48213), new Provenance("kisti.members.v1", 1, 907)));
    }

    static PortfolioFigures totals() {
        Map<String, Par> par = new LinkedHashMap<>();
        par.put("1", new Par(both("500.00", "0.00"), List.of(ratio("BDT", "0.0511"), ratio("INR", "0.0000"))));
        par.put("30", new Par(both("200.00", "0.00"), List.of(ratio("BDT", "0.0204"), ratio("INR", "0.0000"))));
        return new PortfolioFigures(26601L, 22477L, both("128169957.00", "5000.50"),
                new LoansDisbursed(31204, both("4288686000.00", "250000.00")),
                new LoansDisbursed(120, both("1800000.00", "0.00")),
                both("9782.17", "1200.00"),
                both("312.40", "0.00"),
                312,
                par,
                // INR: nothing was due in the period, so on-time recovery has no meaning.
                List.of(ratio("BDT", "0.9650"), ratio("INR", null)),
                List.of(ratio("BDT", "0.9812"), ratio("INR", "1.0000")),
                List.of(new LoanClass("STANDARD", 300, both("9000.00", "1200.00"), "1", both("90.00", "12.00")),
                        new LoanClass("WATCHFUL", 12, List.of(bdt("782.17")), "5", List.of(bdt("39.11")))),
                List.of(bdt("150.00")),
                List.of(bdt("20.00")),
                List.of(ratio("BDT", "0.0152")),
                List.of(ratio("BDT", "0.0321")));
    }

    /** A product row: no member figures, one currency, one PAR bucket, an on-time recovery over nothing due. */
    static PortfolioFigures row(String currency, String outstanding) {
        Money amount = Money.of(outstanding, currency);
        return new PortfolioFigures(null, null, null,
                new LoansDisbursed(3, List.of(amount)),
                new LoansDisbursed(0, List.of()),
                List.of(amount),
                List.of(),
                1,
                Map.of("1", new Par(List.of(amount), List.of(ratio(currency, "1.0000")))),
                List.of(ratio(currency, null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static List<Money> both(String bdt, String inr) {
        return List.of(bdt(bdt), Money.of(inr, "INR"));
    }

    private static Money bdt(String amount) {
        return Money.of(amount, "BDT");
    }

    private static Ratio ratio(String currency, String value) {
        return new Ratio(currency, value);
    }
}
