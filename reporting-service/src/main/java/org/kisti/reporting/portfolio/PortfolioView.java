package org.kisti.reporting.portfolio;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.Money;

/** The figures funders ask for, for one organisation as of one business date. Money: one entry per currency. */
@Schema(name = "Portfolio", description = "Portfolio figures as of a business date (facts dated on or before it)")
public record PortfolioView(
        @Schema(example = "org-demo") String orgId,
        @Schema(example = "2026-03-31") LocalDate asOf,
        @Schema(example = "2026-03-01", description = "First day of the period of the in-period figures") LocalDate from,
        @Schema(description = "Members enrolled on or before asOf who had not left by then", example = "26601") long activeMembers,
        @Schema(description = "Members with at least one loan whose principal is not fully repaid", example = "22477")
        long activeBorrowers,
        @Schema(description = "Sum of deposits per currency", example = "[{\"amount\":\"128169957.00\",\"currency\":\"BDT\"}]")
        List<Money> savingsOutstanding,
        LoansDisbursed loansDisbursed,
        @Schema(description = "Loans disbursed in [from, asOf]") LoansDisbursed loansDisbursedInPeriod,
        @Schema(description = "Principal disbursed minus principal repaid and written off, per currency",
                example = "[{\"amount\":\"399091262.00\",\"currency\":\"BDT\"}]")
        List<Money> loanOutstanding,
        @Schema(description = "The unpaid parts (principal, interest, fee) of instalments due before asOf")
        List<Money> overdue,
        @Schema(description = "Loans with days in arrears above 0", example = "312") long loansInArrears,
        @Schema(description = "Keyed 1, 30, 60, 90, 180: the whole outstanding principal of loans more than that many"
                + " days in arrears, and its ratio to loanOutstanding") Map<String, Par> par,
        @Schema(description = "Principal written off in [from, asOf]") List<Money> writtenOffInPeriod,
        @Schema(description = "Money recovered on loans written off, in [from, asOf]") List<Money> recoveriesInPeriod) {

    public PortfolioView {
        savingsOutstanding = List.copyOf(savingsOutstanding);
        loanOutstanding = List.copyOf(loanOutstanding);
        overdue = List.copyOf(overdue);
        writtenOffInPeriod = List.copyOf(writtenOffInPeriod);
        recoveriesInPeriod = List.copyOf(recoveriesInPeriod);
        par = Collections.unmodifiableMap(new LinkedHashMap<>(par));
    }

    /** One portfolio-at-risk figure: the amount per currency and its ratio to the outstanding portfolio. */
    @Schema(name = "PortfolioAtRisk")
    public record Par(List<Money> amount, List<Ratio> ratio) {

        public Par {
            amount = List.copyOf(amount);
            ratio = List.copyOf(ratio);
        }
    }

    /** A ratio per currency: a decimal string of 4 places, HALF_UP, or null when its denominator is zero. */
    @Schema(name = "Ratio")
    public record Ratio(@Schema(example = "BDT") String currency, @Schema(example = "0.0412") String ratio) {}

    /** Cumulative disbursements up to the date: how many loans, and their principal per currency. */
    @Schema(name = "LoansDisbursed")
    public record LoansDisbursed(
            @Schema(example = "31204") long count,
            @Schema(example = "[{\"amount\":\"4288686000.00\",\"currency\":\"BDT\"}]") List<Money> amount) {

        public LoansDisbursed {
            amount = List.copyOf(amount);
        }
    }
}
