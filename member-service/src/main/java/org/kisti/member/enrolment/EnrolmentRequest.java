package org.kisti.member.enrolment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrolmentRequest", description = "A woman joining a group")
public record EnrolmentRequest(
        @Schema(example = "g-dhanmondi-07", description = "The group (samity, SHG) she joins")
        @NotBlank @Size(max = 100) String groupId,
        @Schema(example = "Rahima Begum") @NotBlank @Size(max = 200) String name,
        @Schema(example = "2026-01-05", description = "The business date of the enrolment")
        @NotNull LocalDate enrolledOn) {}
