package org.kisti.loan.servicing;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.money.Amount;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.time.FactDate;

@Schema(name = "SettlementRequest")
public record SettlementRequest(
        @Schema(example = "9798.42", description = "Exactly the settlement quote of settledOn")
        @NotNull @Amount BigDecimal amount,
        @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
        @Schema(example = "2026-03-02", description = "Not before the latest payment; not after today")
        @NotNull @FactDate LocalDate settledOn) {}
