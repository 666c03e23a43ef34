package org.kisti.savings.deposit;

import org.kisti.events.Money;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.savings.ledger.AccountState;

/**
 * The rule of money coming in: the account's currency, a positive amount within the most one posting may move, an
 * open account, a date not before it opened. A deposit may be dated before movements already recorded (a meeting
 * posted late): it earns from its own date, and the next interest posting adjusts for periods already posted.
 */
public final class DepositRules {

    private DepositRules() {}

    public static SavingsDeposited deposit(AccountState account, DepositSavings command) {
        if (!account.currency.equals(command.amount().currency())) {
            throw new BusinessRuleViolation("currency", "must be the account's currency, " + account.currency);
        }
        if (!command.amount().isPositive() || command.amount().exceedsMaximum()) {
            throw new BusinessRuleViolation("amount", "must be from 0.01 to " + Money.MAX_AMOUNT.toPlainString());
        }
        if (account.closed) {
            throw new BusinessRuleViolation("accountId", "the account is closed");
        }
        if (command.depositedOn().isBefore(account.openedOn)) {
            throw new BusinessRuleViolation("depositedOn", "must not be before the account was opened, "
                    + account.openedOn);
        }
        Money balanceAfter = account.balance().plus(command.amount());
        if (balanceAfter.exceedsMaximum()) {
            throw new BusinessRuleViolation("amount",
                    "would take the balance above the most an account may hold, " + Money.MAX_AMOUNT.toPlainString());
        }
        return new SavingsDeposited(account.orgId, account.accountId, account.memberId, command.depositId(),
                command.amount(), balanceAfter, command.depositedOn());
    }
}
