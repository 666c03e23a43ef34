package org.kisti.reporting.portfolio;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.Money;

/** The figures funders ask for, for one organisation as of one business date. Money: one entry per currency. */
@Schema(name = "Portfolio", description = "Portfolio figures as of a business date (facts dated on or before it)")
public record PortfolioView(
        @Schema(example = "org-demo") String orgId,
        @Schema(example = "2026-03-31") LocalDate asOf,
        @Schema(description = "Members enrolled on or before asOf who had not left by then", example = "26601") long activeMembers,
        @Schema(description = "Members with at least one loan whose principal is not fully repaid", example = "22477")
        long activeBorrowers,
        @Schema(description = "Sum of deposits per currency", example = "[{\"amount\":\"128169957.00\",\"currency\":\"BDT\"}]")
        List<Money> savingsOutstanding,
        LoansDisbursed loansDisbursed,
        @Schema(description = "Principal disbursed minus principal repaid, per currency",
                example = "[{\"amount\":\"399091262.00\",\"currency\":\"BDT\"}]")
        List<Money> loanOutstanding) {

    public PortfolioView {
        savingsOutstanding = List.copyOf(savingsOutstanding);
        loanOutstanding = List.copyOf(loanOutstanding);
    }

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
