package org.kisti.savings.account;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.time.FactDate;

@Schema(name = "SavingsAccountOpeningRequest")
public record OpeningRequest(
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11", maxLength = 64,
                pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$",
                description = "The member whose account it is; give this or groupId, exactly one")
        @ValidId String memberId,
        @Schema(description = "The group whose fund it is (a self-help group's savings); give this or memberId",
                maxLength = 64) @ValidId String groupId,
        @Schema(example = "BDT", description = "ISO 4217 code") @NotNull @CurrencyCode String currency,
        @Schema(example = "2026-01-05", description = "Not after today") @NotNull @FactDate LocalDate openedOn,
        @Schema(description = "The savings product it follows (its kind, minimum balance, interest); none when absent",
                maxLength = 64) @ValidId String productId) {}
