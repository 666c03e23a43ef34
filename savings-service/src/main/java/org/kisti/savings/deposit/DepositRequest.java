package org.kisti.savings.deposit;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.money.Amount;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.time.FactDate;

@Schema(name = "DepositRequest")
public record DepositRequest(
        @Schema(example = "100.00", description = "0.01 to 999999999999.99, at most 2 decimal places")
        @NotNull @Amount BigDecimal amount,
        @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
        @Schema(example = "2026-01-12", description = "The business date of the meeting where it was paid; not after today")
        @NotNull @FactDate LocalDate depositedOn) {}
