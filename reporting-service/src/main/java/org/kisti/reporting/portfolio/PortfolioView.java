package org.kisti.reporting.portfolio;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures funders ask for, for one organisation as of one business date: the totals, one row per key of the
 * roll-up asked for, and how far each topic partition had been applied when they were computed.
 */
@Schema(name = "Portfolio", description = "Portfolio figures as of a business date (facts dated on or before it)")
public record PortfolioView(
        @Schema(example = "org-demo") String orgId,
        @Schema(example = "2026-03-31") LocalDate asOf,
        @Schema(example = "2026-03-01", description = "First day of the period of the in-period figures") LocalDate from,
        @Schema(description = "The roll-up asked for, or null", example = "branch") String groupBy,
        PortfolioFigures totals,
        @Schema(description = "One per key of the roll-up (none without groupBy); additive figures sum to the totals")
        List<Row> rows,
        @Schema(description = "Per topic partition, the offset before which every record had been applied")
        List<Provenance> provenance) {

    public PortfolioView {
        rows = List.copyOf(rows);
        provenance = List.copyOf(provenance);
    }

    /** The figures of one key of the roll-up: a branch, a group, an officer, a product, a fund, a purpose or a unit. */
    @Schema(name = "PortfolioRow")
    public record Row(
            @Schema(example = "br-12", description = "The key, or unassigned") String key,
            @Schema(example = "Ghatail") String label,
            @JsonUnwrapped PortfolioFigures figures) {}

    /** Every record of this topic partition before {@code offset} had been applied when the figures were read. */
    @Schema(name = "Provenance")
    public record Provenance(
            @Schema(example = "kisti.loans.v1") String topic,
            @Schema(example = "0") int partition,
            @Schema(example = "48213") long offset) {}
}
