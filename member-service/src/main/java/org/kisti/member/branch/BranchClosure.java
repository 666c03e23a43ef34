package org.kisti.member.branch;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.platform.time.FactDate;

@Schema(name = "BranchClosure", description = "A branch closing")
public record BranchClosure(@Schema(example = "2026-12-31") @NotNull @FactDate LocalDate closedOn) {}
