package org.kisti.member.group;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.organisation.GroupKind;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.time.FactDate;

/** The bodies of the group endpoints. */
public final class GroupRequests {

    private GroupRequests() {}

    @Schema(name = "GroupRequest", description = "A group forming in a branch")
    public record Formation(
            @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11") @NotNull @ValidId String branchId,
            @Schema(example = "LENDING_GROUP") @NotNull GroupKind kind,
            @Schema(example = "Shapla Mohila Samity", maxLength = 200) @NotNull @PlainText(max = 200) String name,
            @Schema(example = "TUESDAY") @NotNull DayOfWeek meetingDay,
            @Schema(example = "Courtyard of Rahima Begum", maxLength = 200) @NotNull @PlainText(max = 200)
            String meetingPlace,
            @Schema(example = "staff-42", description = "The field officer serving the group") @NotNull @ValidId
            String officerId,
            @Schema(example = "2026-01-05") @NotNull @FactDate LocalDate formedOn) {}

    @Schema(name = "MeetingChange", description = "From effectiveOn the group meets on another day or place")
    public record MeetingChange(
            @Schema(example = "WEDNESDAY") @NotNull DayOfWeek meetingDay,
            @Schema(example = "Primary school verandah", maxLength = 200) @NotNull @PlainText(max = 200)
            String meetingPlace,
            @Schema(example = "2026-03-01") @NotNull @FactDate LocalDate effectiveOn) {}

    @Schema(name = "OfficerAssignment", description = "From effectiveOn another field officer serves the group")
    public record OfficerAssignment(
            @Schema(example = "staff-43") @NotNull @ValidId String officerId,
            @Schema(example = "2026-03-01") @NotNull @FactDate LocalDate effectiveOn) {}

    @Schema(name = "CohesionGroupRequest", description = "A cohesion group of 5 to 7 women forming inside the group")
    public record CohesionGroupFormation(
            @Schema(example = "Team 1", maxLength = 100) @NotNull @PlainText(max = 100) String name,
            @Schema(example = "2026-01-05") @NotNull @FactDate LocalDate formedOn) {}

    @Schema(name = "GroupClosure", description = "The group stops meeting")
    public record Closure(@Schema(example = "2026-12-31") @NotNull @FactDate LocalDate closedOn) {}

    @Schema(name = "GroupAffiliation", description = "From affiliatedOn the group belongs to a federation unit")
    public record Affiliation(
            @Schema(example = "vo-rampur") @NotNull @ValidId String unitId,
            @Schema(example = "2026-02-01") @NotNull @FactDate LocalDate affiliatedOn) {}
}
