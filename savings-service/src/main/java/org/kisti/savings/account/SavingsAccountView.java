package org.kisti.savings.account;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.savings.ledger.AccountState;

/**
 * An account as its events say it is now: its owner (a member, or a group for its fund), its balance (every movement
 * recorded, whatever its date), what liens hold, and its deposits. Balances by date are the statement's.
 */
@Schema(name = "SavingsAccount")
public record SavingsAccountView(
        String accountId, String orgId, String memberId, String groupId, String productId, LocalDate openedOn,
        boolean closed, Money balance, Money held, List<SavingsDeposited> deposits) {

    public static SavingsAccountView from(List<? extends SavingsEvent> history) {
        AccountState state = AccountState.of(history);
        return new SavingsAccountView(state.accountId, state.orgId, state.memberId, state.groupId, state.productId,
                state.openedOn, state.closed, state.balance(), state.held(),
                history.stream().filter(SavingsDeposited.class::isInstance).map(SavingsDeposited.class::cast)
                        .toList());
    }
}
