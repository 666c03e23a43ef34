package org.kisti.savings.posting;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.savings.SavingsProductVersioned;

/**
 * Post the account's interest for the period ending {@code periodEnd}, by the product's {@code versions} as the
 * posting run found them (every version: a rate change applies from its own date, within and before the period).
 */
public record PostInterest(String orgId, @TargetAggregateIdentifier String accountId, String postingId,
        LocalDate periodEnd, List<SavingsProductVersioned> versions) {}
