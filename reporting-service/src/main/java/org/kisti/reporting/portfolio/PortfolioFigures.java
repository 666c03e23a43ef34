package org.kisti.reporting.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.Money;

/**
 * The figures of a portfolio as of a date, for the whole organisation or one row of a roll-up. Money: one entry per
 * currency. A member figure is null where it has no meaning (product, fund and purpose rows; a funder's view).
 */
@Schema(name = "PortfolioFigures")
public record PortfolioFigures(
        @Schema(description = "Members enrolled on or before asOf who had not left by then", example = "26601",
                nullable = true) Long activeMembers,
        @Schema(description = "Members with at least one loan whose principal is not fully repaid", example = "22477",
                nullable = true) Long activeBorrowers,
        @Schema(description = "Deposits + interest posted − withdrawals − refunds, per currency", nullable = true,
                example = "[{\"amount\":\"128169957.00\",\"currency\":\"BDT\"}]") List<Money> savingsOutstanding,
        LoansDisbursed loansDisbursed,
        @Schema(description = "Loans disbursed in [from, asOf]") LoansDisbursed loansDisbursedInPeriod,
        @Schema(description = "Principal disbursed minus principal repaid and written off, per currency",
                example = "[{\"amount\":\"399091262.00\",\"currency\":\"BDT\"}]") List<Money> loanOutstanding,
        @Schema(description = "The unpaid parts (principal, interest, fee) of instalments due before asOf")
        List<Money> overdue,
        @Schema(description = "Loans with days in arrears above 0", example = "312") long loansInArrears,
        @Schema(description = "Keyed 1, 30, 60, 90, 180: the whole outstanding principal of loans more than that many"
                + " days in arrears, and its ratio to loanOutstanding") Map<String, Par> par,
        @Schema(description = "On-time recovery: of the instalments due in [from, asOf], the part paid by each one's"
                + " due date over the amount due") List<Ratio> otr,
        @Schema(description = "Cumulative recovery: of the instalments due on or before asOf, the part paid by asOf"
                + " over the amount due") List<Ratio> crr,
        @Schema(description = "Open loans by class of the classification policy in force on asOf")
        List<LoanClass> classification,
        @Schema(description = "Principal written off in [from, asOf]") List<Money> writtenOffInPeriod,
        @Schema(description = "Money recovered on loans written off, in [from, asOf]") List<Money> recoveriesInPeriod,
        @Schema(description = "writtenOffInPeriod over the mean of loanOutstanding at the end of from − 1 and at asOf")
        List<Ratio> writeOffRatio,
        @Schema(description = "Interest and fees repaid in [from, asOf] over the same mean outstanding")
        List<Ratio> portfolioYield) {

    public PortfolioFigures {
        savingsOutstanding = savingsOutstanding == null ? null : List.copyOf(savingsOutstanding);
        loanOutstanding = List.copyOf(loanOutstanding);
        overdue = List.copyOf(overdue);
        par = Collections.unmodifiableMap(new LinkedHashMap<>(par));
        otr = List.copyOf(otr);
        crr = List.copyOf(crr);
        classification = List.copyOf(classification);
        writtenOffInPeriod = List.copyOf(writtenOffInPeriod);
        recoveriesInPeriod = List.copyOf(recoveriesInPeriod);
        writeOffRatio = List.copyOf(writeOffRatio);
        portfolioYield = List.copyOf(portfolioYield);
    }

    /** How many loans and their principal per currency. */
    @Schema(name = "LoansDisbursed")
    public record LoansDisbursed(
            @Schema(example = "31204") long count,
            @Schema(example = "[{\"amount\":\"4288686000.00\",\"currency\":\"BDT\"}]") List<Money> amount) {

        public LoansDisbursed {
            amount = List.copyOf(amount);
        }
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
    public record Ratio(@Schema(example = "BDT") String currency,
            @Schema(example = "0.0412", nullable = true) String ratio) {}

    /** The loans of one class: their outstanding principal and its provision at the class's rate (percent). */
    @Schema(name = "LoanClass")
    public record LoanClass(
            @JsonProperty("class") @Schema(example = "WATCHFUL") String className,
            @Schema(example = "41") long loans,
            List<Money> outstanding,
            @Schema(example = "5", description = "Percent of the outstanding principal") String provisionRate,
            @Schema(description = "outstanding × rate, HALF_UP to 0.01 on the class total") List<Money> provision) {

        public LoanClass {
            outstanding = List.copyOf(outstanding);
            provision = List.copyOf(provision);
        }
    }
}
