package org.kisti.savings.deposit;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;

public record DepositSavings(
        String orgId, @TargetAggregateIdentifier String accountId, String depositId, Money amount, LocalDate depositedOn) {}
