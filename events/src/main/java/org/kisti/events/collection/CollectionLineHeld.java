package org.kisti.events.collection;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * A line's money could not apply where the sheet meant it (the loan was settled or is owed less, the account closed)
 * and is held for the member as unapplied cash, with the reason, until staff apply, deposit or refund it. The cash
 * changed hands at the meeting, so it is never dropped. {@code movementId}: the id the refused payment, deposit or
 * withdrawal was to have ({@link CollectionEvent#lineId}, or a resolution's id when a resolution was refused).
 */
@EventType(name = "org.kisti.loans.CollectionLineHeld", version = 1)
public record CollectionLineHeld(
        String orgId, String sheetId, int line, String memberId, String movementId, Money amount, String reason,
        LocalDate heldOn) implements CollectionEvent {

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
