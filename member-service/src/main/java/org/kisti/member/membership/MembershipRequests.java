package org.kisti.member.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.member.ExitReason;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.time.FactDate;

/** The bodies of the membership endpoints. */
public final class MembershipRequests {

    private MembershipRequests() {}

    @Schema(name = "TrainingRequest", description = "A course she completed")
    public record Training(
            @Schema(example = "Financial literacy", maxLength = 200) @NotNull @PlainText(max = 200) String course,
            @Schema(example = "8") @NotNull @Min(1) @Max(520) Integer weeks,
            @Schema(example = "2026-03-02") @NotNull @FactDate LocalDate completedOn) {}

    @Schema(name = "TransferRequest", description = "She moves to another group from a date on")
    public record Transfer(
            @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c12") @NotNull @ValidId String toGroupId,
            @Schema(description = "Her cohesion group in the new group") @ValidId String cohesionGroupId,
            @Schema(example = "2026-04-06") @NotNull @FactDate LocalDate transferredOn) {}

    @Schema(name = "ExitRequest", description = "She leaves the organisation")
    public record Exit(
            @Schema(example = "MIGRATION") @NotNull ExitReason reason,
            @Schema(example = "2026-06-30", description = "The day she left") @NotNull @FactDate LocalDate exitDate) {}
}
