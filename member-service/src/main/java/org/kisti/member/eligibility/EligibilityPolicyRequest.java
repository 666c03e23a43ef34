package org.kisti.member.eligibility;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of the eligibility policy; a rule left out (null) does not apply. */
@Schema(name = "EligibilityPolicy")
public record EligibilityPolicyRequest(
        @Schema(example = "2026-01-01", description = "The version applies to enrolments dated on or after this")
        @NotNull LocalDate effectiveFrom,
        @Schema(example = "18") @Min(0) @Max(120) Integer minAge,
        @Schema(example = "45") @Min(0) @Max(120) Integer maxAge,
        @Schema(example = "50.00", description = "Most land the household may hold, in decimals (1/100 acre)")
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal landDecimals,
        @Schema(example = "[\"FEMALE\"]") @Size(max = 3) List<@NotNull Gender> allowedGenders,
        @Schema(example = "true") Boolean onePerHousehold,
        @Schema(example = "20") @Min(1) @Max(1000) Integer groupMinSize,
        @Schema(example = "30") @Min(1) @Max(1000) Integer groupMaxSize,
        @Schema(example = "5") @Min(1) @Max(1000) Integer cohesionMinSize,
        @Schema(example = "7") @Min(1) @Max(1000) Integer cohesionMaxSize,
        @Schema(example = "8", description = "Weeks of training after which a member counts as trained")
        @Min(0) @Max(520) Integer trainedAfterWeeks) {}
