package org.kisti.loan.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import org.kisti.loan.schedule.DueDates;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.loan.schedule.InstallmentRounding;
import org.kisti.loan.schedule.InterestMethod;
import org.kisti.loan.schedule.RateBasis;
import org.kisti.loan.schedule.RepaymentFrequency;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.money.Amount;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.time.FactDate;

/** The bodies of the product, fund and lending-policy endpoints. */
public final class ProductRequests {

    private ProductRequests() {}

    @Schema(name = "CycleCap", description = "The most a loan of this cycle may be; the last holds for later cycles")
    public record CycleCap(@Schema(example = "1") @NotNull @Min(1) @Max(50) Integer cycle,
            @Schema(example = "30000.00") @NotNull @Amount BigDecimal maxAmount) {}

    @Schema(name = "LoanProductVersion", description = "A version of a loan product, in force from effectiveFrom")
    public record Version(
            @Schema(example = "2026-01-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "Jagoron", maxLength = 200) @NotNull @PlainText(max = 200) String name,
            @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
            @Schema(example = "10000.00") @NotNull @Amount BigDecimal minAmount,
            @Schema(example = "500000.00") @NotNull @Amount BigDecimal maxAmount,
            @Schema(example = "[46]") @NotNull @Size(min = 1, max = 12) List<@NotNull @Min(1) @Max(520) Integer>
            installments,
            @Schema(example = "WEEKLY") @NotNull RepaymentFrequency frequency,
            @Schema(example = "FLAT") @NotNull InterestMethod interestMethod,
            @Schema(example = "PER_LOAN") @NotNull RateBasis rateBasis,
            @Schema(example = "12.50", description = "Percent; absent or 0 for INTEREST_FREE")
            @DecimalMin("0") @DecimalMax("100")
            @Digits(integer = 3, fraction = 4) BigDecimal annualInterestRate,
            @Schema(example = "1.00", description = "Upfront service charge, percent of the amount")
            @NotNull @DecimalMin("0") @DecimalMax("100")
            @Digits(integer = 3, fraction = 4) BigDecimal serviceChargePercent,
            @Schema(example = "15", description = "Days from disbursement to the first repayment, at least (MRA: 15)")
            @NotNull @Min(0) @Max(366) Integer minDaysToFirstRepayment,
            @Schema(example = "10.00", description = "Savings she must hold, percent of the amount")
            @NotNull @DecimalMin("0") @DecimalMax("100")
            @Digits(integer = 3, fraction = 4) BigDecimal savingsPercent,
            @Schema(example = "true") @NotNull Boolean trainingRequired,
            @Schema(example = "1") @NotNull @Min(1) @Max(20) Integer maxActiveLoans,
            @Size(max = 50) List<@NotNull @Valid CycleCap> cycleCaps,
            @Schema(example = "[\"core\"]") @NotNull @Size(min = 1, max = 50) List<@NotNull @ValidId String> funds,
            @Schema(example = "[\"POULTRY\", \"COW_REARING\"]") @NotNull @Size(min = 1, max = 50)
            List<@NotNull @ValidId String> purposes,
            @Schema(example = "true", description = "Approval needs a second person") @NotNull Boolean makerChecker,
            @Schema(description = "How instalments are rounded, as in loan terms; 1 HALF_UP when absent")
            InstallmentRounding installmentRounding,
            @Schema(example = "PRO_RATA", description = "On early settlement: PRO_RATA rebates interest not yet earned"
                    + " (the default); NONE makes a FLAT loan owe all its remaining interest")
            RebatePolicy rebatePolicy,
            @Schema(example = "NEXT_MEETING_DAY", description = "Where a due date on a holiday goes: the group's next"
                    + " meeting day, the next working day, or nowhere (STAYS, the default)")
            DueDates.HolidayRule holidayRule) {}

    /** What early settlement rebates: interest not yet earned (PRO_RATA), or nothing of a FLAT loan's (NONE). */
    public enum RebatePolicy { PRO_RATA, NONE }

    @Schema(name = "LendingPolicy")
    public record Policy(
            @Schema(example = "2026-01-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "27.00", description = "Cap on a product's effective annual rate, percent")
            @NotNull @DecimalMin("0") @DecimalMax("1000")
            @Digits(integer = 4, fraction = 4) BigDecimal maxEffectiveAnnualRate) {}

    @Schema(name = "FundRequest")
    public record FundRegistration(
            @Schema(example = "AB Bank line", maxLength = 200) @NotNull @PlainText(max = 200) String name,
            @Schema(example = "ab-bank", description = "Who finances it: pksf, ab-bank, zakat...") @NotNull @ValidId
            String funderId,
            @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
            @Schema(example = "2026-01-01") @NotNull @FactDate LocalDate registeredOn) {}
}
