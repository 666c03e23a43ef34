package org.kisti.savings.withdrawal;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.savings.WithdrawalKind;
import org.kisti.platform.money.Amount;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.time.FactDate;

/** The bodies of the withdrawal endpoints. */
public final class WithdrawalRequests {

    private WithdrawalRequests() {}

    @Schema(name = "WithdrawalRequest")
    public record Withdrawal(
            @Schema(example = "40.00") @NotNull @Amount BigDecimal amount,
            @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
            @Schema(example = "EMERGENCY",
                    description = "REGULAR or EMERGENCY; the refund on exit follows her exit request by itself")
            @NotNull WithdrawalKind kind,
            @Schema(example = "2026-03-02") @NotNull @FactDate LocalDate withdrawnOn) {}
}
