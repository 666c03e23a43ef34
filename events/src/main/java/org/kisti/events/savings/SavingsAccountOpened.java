package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;

/**
 * A savings account was opened; its balance starts at zero in the given currency. It belongs to a member
 * ({@code memberId}) or, as a self-help group's fund, to a group ({@code groupId}, and no member): never both.
 * Version 2 added the savings product it was opened on ({@code productId}); an account opened before products
 * existed, and every v1 record, has none and follows no product's rules. Version 3 added {@code groupId}; every
 * older record is a member's account ({@link org.kisti.events.EventUpcasts}).
 */
@EventType(name = "org.kisti.savings.SavingsAccountOpened", version = 3)
public record SavingsAccountOpened(String orgId, String accountId, String memberId, String groupId, String currency,
        LocalDate openedOn, String productId) implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return openedOn;
    }
}
