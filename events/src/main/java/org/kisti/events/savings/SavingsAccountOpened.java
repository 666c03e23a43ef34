package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** A savings account was opened for a member; its balance starts at zero in the given currency. */
@EventType(name = "org.kisti.savings.SavingsAccountOpened", version = 1)
public record SavingsAccountOpened(String orgId, String accountId, String memberId, String currency, LocalDate openedOn)
        implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return openedOn;
    }
}
