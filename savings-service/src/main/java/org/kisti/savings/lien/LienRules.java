package org.kisti.savings.lien;

import java.util.Optional;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsLienPlaced;
import org.kisti.events.savings.SavingsLienReleased;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.savings.ledger.AccountState;
import org.kisti.savings.lien.LienCommands.PlaceLien;
import org.kisti.savings.lien.LienCommands.ReleaseLien;

/**
 * A lien holds, for one loan, the savings its product required; at most one per loan, and it goes only once. A lien
 * may hold more than the balance (her savings fell after approval): then nothing is available until it goes.
 * Placing or releasing twice changes nothing, since the loans topic may deliver a fact again.
 */
public final class LienRules {

    private LienRules() {}

    public static Optional<SavingsLienPlaced> place(AccountState account, PlaceLien command) {
        if (account.liens.containsKey(command.loanId())) {
            return Optional.empty();
        }
        if (account.closed) {
            throw new BusinessRuleViolation("accountId", "the account is closed");
        }
        Money amount = command.amount();
        if (!account.currency.equals(amount.currency())) {
            throw new BusinessRuleViolation("currency", "must be the account's currency, " + account.currency);
        }
        if (!amount.isPositive() || amount.exceedsMaximum()) {
            throw new BusinessRuleViolation("amount", "must be from 0.01 to " + Money.MAX_AMOUNT.toPlainString());
        }
        return Optional.of(new SavingsLienPlaced(account.orgId, account.accountId, account.memberId,
                command.loanId(), amount, command.placedOn()));
    }

    public static Optional<SavingsLienReleased> release(AccountState account, ReleaseLien command) {
        Money held = account.liens.get(command.loanId());
        if (held == null) {
            return Optional.empty();
        }
        return Optional.of(new SavingsLienReleased(account.orgId, account.accountId, account.memberId,
                command.loanId(), held, command.releasedOn(), command.reason()));
    }
}
