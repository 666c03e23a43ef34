package org.kisti.loan.servicing;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.time.FactDate;

@Schema(name = "ReversalRequest")
public record ReversalRequest(
        @Schema(example = "Entered against the wrong loan", maxLength = 200) @NotNull @PlainText(max = 200)
        String reason,
        @Schema(example = "2026-03-03", description = "When the correction is made; not before the payment's date,"
                + " not after today") @NotNull @FactDate LocalDate reversedOn) {}
