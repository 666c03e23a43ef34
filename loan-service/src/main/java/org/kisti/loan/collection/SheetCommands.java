package org.kisti.loan.collection;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.HeldCashResolved;

/** What a collection sheet is asked to do; each carries its business date and ids. */
public final class SheetCommands {

    private SheetCommands() {}

    public record PostCollectionSheet(
            String orgId, @TargetAggregateIdentifier String sheetId, String groupId, LocalDate meetingDate,
            String officerId, String filledAgainst, boolean supplementary, Money cashCollected,
            List<CollectionSheetPosted.Attendance> attendance, List<CollectionSheetPosted.Line> lines) {}

    /** Hold lines whose money could not move, each under the id it was refused under and with the reason. */
    public record HoldLines(
            String orgId, @TargetAggregateIdentifier String sheetId, List<Hold> holds, LocalDate heldOn) {}

    public record Hold(int line, String movementId, String reason) {}

    public record ResolveHeldCash(
            String orgId, @TargetAggregateIdentifier String sheetId, int line, HeldCashResolved.Resolution resolution,
            String targetId, String note, String resolvedBy, LocalDate resolvedOn) {}
}
