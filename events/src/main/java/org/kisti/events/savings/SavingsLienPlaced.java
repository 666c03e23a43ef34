package org.kisti.events.savings;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * Part of the account is held for a loan ({@code loanId}) from {@code placedOn}: the savings its product required,
 * which she may not withdraw while the loan is open. Available balance = balance − held − the product's minimum.
 */
@EventType(name = "org.kisti.savings.SavingsLienPlaced", version = 1)
public record SavingsLienPlaced(String orgId, String accountId, String memberId, String loanId, Money amount,
        LocalDate placedOn) implements SavingsEvent {

    @Override
    public LocalDate businessDate() {
        return placedOn;
    }
}
