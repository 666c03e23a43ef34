package org.kisti.member.federation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.time.FactDate;

/** The bodies of the federation endpoints. */
public final class FederationRequests {

    private FederationRequests() {}

    @Schema(name = "FederationLevels", description = "The organisation's federation levels, lowest first")
    public record Levels(
            @Schema(example = "[\"VO\", \"CLF\", \"BLOCK\", \"DISTRICT\"]") @NotNull @Size(min = 1, max = 8)
            List<@NotNull @ValidId String> levels,
            @Schema(example = "2026-01-01") @NotNull LocalDate effectiveFrom) {}

    @Schema(name = "FederationUnitRequest", description = "A federation unit forming")
    public record Formation(
            @Schema(example = "VO") @NotNull @ValidId String level,
            @Schema(example = "Rampur Village Organisation", maxLength = 200) @NotNull @PlainText(max = 200)
            String name,
            @Schema(example = "2026-01-05") @NotNull @FactDate LocalDate formedOn) {}

    @Schema(name = "FederationUnitAffiliation", description = "From affiliatedOn the unit belongs to a higher unit")
    public record Affiliation(
            @Schema(example = "clf-north") @NotNull @ValidId String parentUnitId,
            @Schema(example = "2026-02-01") @NotNull @FactDate LocalDate affiliatedOn) {}
}
