package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/** A member paid savings into her account, usually at the weekly group meeting. */
@EventType(name = "org.kisti.savings.SavingsDeposited", version = 1)
public record SavingsDeposited(
        String orgId, String accountId, String memberId, String depositId, Money amount, Money balanceAfter,
        LocalDate depositedOn)
        implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return depositedOn;
    }
}
