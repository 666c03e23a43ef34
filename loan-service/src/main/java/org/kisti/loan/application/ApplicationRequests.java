package org.kisti.loan.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.money.Amount;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.time.FactDate;

/** The bodies of the application endpoints. */
public final class ApplicationRequests {

    private ApplicationRequests() {}

    @Schema(name = "LoanApplicationRequest")
    public record Application(
            @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11") @NotNull @ValidId String memberId,
            @NotNull @ValidId String productId,
            @Schema(example = "10000.00") @NotNull @Amount BigDecimal amount,
            @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
            @Schema(example = "46") @NotNull @Min(1) @Max(520) Integer installments,
            @Schema(example = "POULTRY", description = "An income-generating activity from the product's list")
            @NotNull @ValidId String purpose,
            @NotNull @ValidId String fundId,
            @Schema(example = "2026-02-02") @NotNull @FactDate LocalDate appliedOn,
            @Schema(example = "2026-02-09") @NotNull LocalDate disbursementDate,
            @Schema(example = "2026-02-24") @NotNull LocalDate firstRepaymentDate) {}

    @Schema(name = "LoanApproval")
    public record Approval(@Schema(example = "2026-02-05") @NotNull @FactDate LocalDate approvedOn) {}

    @Schema(name = "LoanWithdrawal")
    public record Withdrawal(
            @Schema(example = "2026-02-04") @NotNull @FactDate LocalDate withdrawnOn,
            @Schema(example = "She will borrow after the harvest", maxLength = 400) @NotNull @PlainText(max = 400)
            String reason) {}

    @Schema(name = "LoanRejection")
    public record Rejection(
            @Schema(example = "2026-02-05") @NotNull @FactDate LocalDate rejectedOn,
            @Schema(example = "Withdrawn by the member", maxLength = 400) @NotNull @PlainText(max = 400)
            String reason) {}

    @Schema(name = "LoanApplicationDisbursement")
    public record Disbursement(
            @Schema(example = "2026-02-09", description = "The approved disbursement date") @NotNull @FactDate
            LocalDate disbursedOn) {}
}
