package org.kisti.member.enrolment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.member.eligibility.Gender;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.time.FactDate;

/**
 * A woman joining a group. Date of birth, gender, household, land and national id are personal data: kept in
 * member-service's own erasable table, judged against the eligibility policy, never put in an event (ADR 0008).
 */
@Schema(name = "EnrolmentRequest", description = "A woman joining a group")
public record EnrolmentRequest(
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11", description = "The group (samity, SHG) she joins",
                maxLength = 64, pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
        @NotNull @ValidId String groupId,
        @Schema(description = "The cohesion group she sits with, one of the group's", maxLength = 64)
        @ValidId String cohesionGroupId,
        @Schema(example = "Rahima Begum", maxLength = 200) @NotNull @PlainText(max = 200) String name,
        @Schema(example = "1990-04-14") @NotNull LocalDate dateOfBirth,
        @Schema(example = "FEMALE") @NotNull Gender gender,
        @Schema(example = "hh-0417", description = "The organisation's own household id", maxLength = 64)
        @NotNull @ValidId String householdId,
        @Schema(example = "12.50", description = "Land her household holds, in decimals (1/100 acre); 0 if none")
        @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal landDecimals,
        @Schema(example = "19901234567890123", description = "National id, if she has one; once per organisation",
                maxLength = 64)
        @ValidId String nationalId,
        @Schema(example = "2026-01-05", description = "The business date of the enrolment; not after today")
        @NotNull @FactDate LocalDate enrolledOn) {}
