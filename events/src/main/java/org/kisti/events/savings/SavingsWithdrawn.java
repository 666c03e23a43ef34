package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/** Savings were paid out of the account on {@code withdrawnOn}; {@code balanceAfter} is never below zero. */
@EventType(name = "org.kisti.savings.SavingsWithdrawn", version = 1)
public record SavingsWithdrawn(String orgId, String accountId, String memberId, String withdrawalId, Money amount,
        Money balanceAfter, WithdrawalKind kind, LocalDate withdrawnOn) implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return withdrawnOn;
    }
}
