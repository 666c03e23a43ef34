package org.kisti.loan.repayment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.kisti.platform.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RepaymentRequest")
public record RepaymentRequest(
        @Schema(example = "245.00", type = SchemaType.STRING)
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 15, fraction = 2, message = "must have at most 2 decimal places") BigDecimal amount,
        @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
        @Schema(example = "2026-01-19", description = "The business date of the meeting where it was paid")
        @NotNull LocalDate paidOn) {}
