package org.kisti.savings.withdrawal;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.WithdrawalKind;

/** Money leaving a savings account; each carries its business date and id. */
public final class WithdrawalCommands {

    private WithdrawalCommands() {}

    /** {@code product}: the account's product version in force on the day, as the request found it; null for none. */
    public record WithdrawSavings(String orgId, @TargetAggregateIdentifier String accountId, String withdrawalId,
            Money amount, WithdrawalKind kind, LocalDate withdrawnOn, SavingsProductVersioned product) {}

    /** {@code memberLeaving}: whether the request found her exit requested, as this service knows her. */
    public record RefundOnExit(String orgId, @TargetAggregateIdentifier String accountId, String withdrawalId,
            LocalDate refundedOn, boolean memberLeaving) {}
}
