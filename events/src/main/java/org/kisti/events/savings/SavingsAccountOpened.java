package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;

/**
 * A savings account was opened for a member; its balance starts at zero in the given currency. Version 2 added the
 * savings product it was opened on ({@code productId}); an account opened before products existed, and every v1
 * record, has none and follows no product's rules ({@link org.kisti.events.EventUpcasts}).
 */
@EventType(name = "org.kisti.savings.SavingsAccountOpened", version = 2)
public record SavingsAccountOpened(String orgId, String accountId, String memberId, String currency, LocalDate openedOn,
        String productId) implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return openedOn;
    }
}
