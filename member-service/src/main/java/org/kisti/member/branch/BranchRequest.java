package org.kisti.member.branch;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.time.FactDate;

@Schema(name = "BranchRequest", description = "A branch office opening")
public record BranchRequest(
        @Schema(example = "Dhanmondi", maxLength = 200) @NotNull @PlainText(max = 200) String name,
        @Schema(example = "DHK-07", description = "The organisation's own code for the branch", maxLength = 64)
        @NotNull @ValidId String code,
        @Schema(example = "Dhaka", maxLength = 100) @NotNull @PlainText(max = 100) String district,
        @Schema(example = "Dhanmondi", description = "The upazila (Bangladesh) or block (India)", maxLength = 100)
        @NotNull @PlainText(max = 100) String subDistrict,
        @Schema(example = "2026-01-05") @NotNull @FactDate LocalDate openedOn) {}
