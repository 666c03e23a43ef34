package org.kisti.savings.withdrawal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.WithdrawalKind;

/** Money leaving a savings account; each carries its business date and ids. */
public final class WithdrawalCommands {

    private WithdrawalCommands() {}

    /** {@code product}: the account's product version in force on the day, as the request found it; null for none. */
    public record WithdrawSavings(String orgId, @TargetAggregateIdentifier String accountId, String withdrawalId,
            Money amount, WithdrawalKind kind, LocalDate withdrawnOn, SavingsProductVersioned product) {}

    /**
     * Pay out everything on her exit, with the interest to date, and close the account. {@code memberLeaving}:
     * whether the refund process found her exit requested; {@code versions}: every version of the account's product
     * (none for an account of no product), for the interest to date.
     */
    public record RefundOnExit(String orgId, @TargetAggregateIdentifier String accountId, String withdrawalId,
            String postingId, LocalDate refundedOn, boolean memberLeaving, List<SavingsProductVersioned> versions) {}
}
