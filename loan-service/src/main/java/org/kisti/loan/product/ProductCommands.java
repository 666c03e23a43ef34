package org.kisti.loan.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.origination.LoanProductVersioned.CycleCap;
import org.kisti.loan.schedule.InstallmentRounding;

/** What may be asked of products, funds and the lending policy; each carries its date and what the asker saw. */
public final class ProductCommands {

    private ProductCommands() {}

    /**
     * A version of a product. {@code capSeen}: the cap on the effective annual rate in force on {@code effectiveFrom}
     * when the request was made, or null when the organisation has none.
     */
    public record VersionProduct(String orgId, @TargetAggregateIdentifier String productId, LocalDate effectiveFrom,
            String name, String currency, BigDecimal minAmount, BigDecimal maxAmount, List<Integer> installments,
            String frequency, String interestMethod, String rateBasis, BigDecimal annualInterestRate,
            BigDecimal serviceChargePercent, int minDaysToFirstRepayment, BigDecimal savingsPercent,
            boolean trainingRequired, int maxActiveLoans, List<CycleCap> cycleCaps, List<String> funds,
            List<String> purposes, boolean makerChecker, InstallmentRounding rounding, BigDecimal capSeen,
            String rebatePolicy, String holidayRule) {}

    public record SetLendingPolicy(String orgId, @TargetAggregateIdentifier String policyId, LocalDate effectiveFrom,
            BigDecimal maxEffectiveAnnualRate) {}

    public record RegisterFund(String orgId, String fundId, String name, String funderId, String currency,
            LocalDate registeredOn) {}
}
