package org.kisti.member.enrolment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.time.FactDate;

@Schema(name = "EnrolmentRequest", description = "A woman joining a group")
public record EnrolmentRequest(
        @Schema(example = "g-dhanmondi-07", description = "The group (samity, SHG) she joins", maxLength = 64,
                pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
        @NotNull @ValidId String groupId,
        @Schema(example = "Rahima Begum", maxLength = 200) @NotNull @PlainText(max = 200) String name,
        @Schema(example = "2026-01-05", description = "The business date of the enrolment; not after today")
        @NotNull @FactDate LocalDate enrolledOn) {}
