package org.kisti.member.federation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of the federation tree; each carries what the asker saw of the levels and the other unit. */
public final class FederationCommands {

    private FederationCommands() {}

    public record NameLevels(String orgId, @TargetAggregateIdentifier String federationId, List<String> levels,
            LocalDate effectiveFrom) {}

    /** {@code levels}: the organisation's levels in force on {@code formedOn}, lowest first. */
    public record FormUnit(String orgId, String unitId, String level, String name, LocalDate formedOn,
            List<String> levels) {}

    /** {@code parentLevel}, {@code parentFormedOn} and {@code levels}: the parent and the levels as the asker saw them. */
    public record AffiliateUnit(String orgId, @TargetAggregateIdentifier String unitId, String parentUnitId,
            LocalDate affiliatedOn, String parentLevel, LocalDate parentFormedOn, List<String> levels) {}
}
