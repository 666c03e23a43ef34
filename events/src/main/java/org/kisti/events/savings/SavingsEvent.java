package org.kisti.events.savings;

import org.kisti.events.KistiEvent;

/** Facts about a savings account, published on {@code kisti.savings.v1} keyed by account id. */
public sealed interface SavingsEvent extends KistiEvent permits SavingsAccountOpened, SavingsDeposited, SavingsWithdrawn,
        SavingsAccountClosed, SavingsInterestPosted, SavingsLienPlaced, SavingsLienReleased,
        SavingsCollectionLineHeld {
    String accountId();

    @Override
    default String aggregateId() {
        return accountId();
    }
}
