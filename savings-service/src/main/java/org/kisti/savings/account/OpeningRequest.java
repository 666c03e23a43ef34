package org.kisti.savings.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.kisti.platform.money.CurrencyCode;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SavingsAccountOpeningRequest")
public record OpeningRequest(
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11") @NotBlank @Size(max = 100) String memberId,
        @Schema(example = "BDT", description = "ISO 4217 code") @NotNull @CurrencyCode String currency,
        @Schema(example = "2026-01-05") @NotNull LocalDate openedOn) {}
