package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * A collection sheet's deposit or withdrawal (or a held line's resolution) could not move on this account (closed,
 * more than is available, not allowed by the product), so nothing moved; the sheet holds the money with this reason.
 * {@code movementId} is the deposit or withdrawal id it would have had, which names the sheet and its line.
 */
@EventType(name = "org.kisti.savings.SavingsCollectionLineHeld", version = 1)
public record SavingsCollectionLineHeld(
        String orgId, String accountId, String memberId, String sheetId, int line, String movementId, Money amount,
        String reason, LocalDate heldOn) implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
