package org.kisti.loan.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.events.collection.HeldCashResolved.Resolution;

/**
 * A posted sheet's outcome, line by line, from the facts: each line APPLIED (the events its money made), HELD (why),
 * RESOLVED (what staff decided, and its events), or PENDING (a savings line savings-service has not answered yet).
 * The cash on the sheet always equals applied + held + refunded + pending.
 */
@Schema(name = "CollectionSheetResult")
public record SheetResult(
        String sheetId, String groupId, LocalDate meetingDate, String officerId, boolean supplementary,
        @Schema(description = "The version the officer filled") String filledAgainst, String currency,
        Cash cash, List<LineResult> lines) {

    public static final String APPLIED = "APPLIED";
    public static final String HELD = "HELD";
    public static final String RESOLVED = "RESOLVED";
    public static final String PENDING = "PENDING";

    @Schema(name = "CollectionSheetCash", description = "Signed: money paid out (withdrawals) counts negative."
            + " collected = applied + held + refunded + pending")
    public record Cash(BigDecimal collected, BigDecimal applied, BigDecimal held, BigDecimal refunded,
            BigDecimal pending) {}

    @Schema(name = "CollectionSheetLineResult")
    public record LineResult(
            int line, String memberId, LineKind kind, String accountId, BigDecimal amount,
            @Schema(enumeration = {APPLIED, HELD, RESOLVED, PENDING}) String outcome,
            @Schema(description = "Why the money is (or was) held") String reason, Resolution resolution,
            String targetId, List<Produced> events) {}

    @Schema(name = "CollectionSheetProducedEvent", description = "A fact the line's money made, on a loan or account")
    public record Produced(String type, String aggregateId, String eventId, String movementId) {}
}
