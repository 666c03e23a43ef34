package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** The account was closed empty on {@code closedOn} (her savings refunded on exit): nothing more moves in it. */
@EventType(name = "org.kisti.savings.SavingsAccountClosed", version = 1)
public record SavingsAccountClosed(String orgId, String accountId, String memberId, LocalDate closedOn)
        implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return closedOn;
    }
}
