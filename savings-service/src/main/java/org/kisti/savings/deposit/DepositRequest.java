package org.kisti.savings.deposit;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.kisti.platform.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepositRequest")
public record DepositRequest(
        @Schema(example = "100.00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 15, fraction = 2, message = "must have at most 2 decimal places") BigDecimal amount,
        @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
        @Schema(example = "2026-01-12", description = "The business date of the meeting where it was paid")
        @NotNull LocalDate depositedOn) {}
