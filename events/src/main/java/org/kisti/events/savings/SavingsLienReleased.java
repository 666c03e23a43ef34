package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * The hold for {@code loanId} went on {@code releasedOn}, because of the loan's fact named in {@code reason} (the
 * loan repaid, settled or written off): that {@code amount} is free again.
 */
@EventType(name = "org.kisti.savings.SavingsLienReleased", version = 1)
public record SavingsLienReleased(String orgId, String accountId, String memberId, String loanId, Money amount,
        LocalDate releasedOn, String reason) implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return releasedOn;
    }
}
