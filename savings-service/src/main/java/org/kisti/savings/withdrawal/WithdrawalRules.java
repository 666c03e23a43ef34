package org.kisti.savings.withdrawal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.events.savings.WithdrawalKind;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.savings.withdrawal.WithdrawalCommands.RefundOnExit;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;

/**
 * The rules of money leaving an account, one pure decision per command: never more than the balance, never from a
 * closed account, and a refund on exit only once she has asked to leave, paying out everything and closing it.
 */
public final class WithdrawalRules {

    private WithdrawalRules() {}

    public static SavingsWithdrawn withdraw(AccountState account, WithdrawSavings command) {
        requireOpenOn(account, command.withdrawnOn(), "withdrawnOn");
        if (command.kind() == WithdrawalKind.EXIT_REFUND) {
            throw new BusinessRuleViolation("kind", "an exit refund is made by the refund, which closes the account");
        }
        Money amount = command.amount();
        if (!account.balance.currency().equals(amount.currency())) {
            throw new BusinessRuleViolation("currency", "must be the account's currency, " + account.balance.currency());
        }
        if (!amount.isPositive() || amount.exceedsMaximum()) {
            throw new BusinessRuleViolation("amount", "must be from 0.01 to " + Money.MAX_AMOUNT.toPlainString());
        }
        if (amount.amount().compareTo(account.balance.amount()) > 0) {
            throw new BusinessRuleViolation("amount", amount.amount().toPlainString() + " is more than the balance, "
                    + account.balance.amount().toPlainString());
        }
        Money balanceAfter = account.balance.minus(amount);
        byProduct(command.product(), command.kind(), balanceAfter);
        return new SavingsWithdrawn(account.orgId, account.accountId, account.memberId, command.withdrawalId(),
                amount, balanceAfter, command.kind(), command.withdrawnOn());
    }

    /**
     * The product's rules for money leaving while she is a member: compulsory savings only in an emergency, term
     * savings only at maturity, and never below the product's minimum balance. An account of no product has none.
     */
    private static void byProduct(SavingsProductVersioned product, WithdrawalKind kind, Money balanceAfter) {
        if (product == null) {
            return;
        }
        if (product.kind() == SavingsKind.COMPULSORY && kind != WithdrawalKind.EMERGENCY) {
            throw new BusinessRuleViolation("kind", "compulsory savings are withdrawn only in an EMERGENCY or on exit");
        }
        if (product.kind() == SavingsKind.TERM) {
            throw new BusinessRuleViolation("kind", "term savings are paid out at maturity");
        }
        if (balanceAfter.amount().compareTo(product.minimumBalance()) < 0) {
            throw new BusinessRuleViolation("amount", "would leave " + balanceAfter.amount().toPlainString()
                    + ", below the product's minimum balance of " + product.minimumBalance().toPlainString());
        }
    }

    public static List<SavingsEvent> refund(AccountState account, RefundOnExit command) {
        requireOpenOn(account, command.refundedOn(), "refundedOn");
        if (!command.memberLeaving()) {
            throw new BusinessRuleViolation("memberId", "has not asked to leave; a refund on exit follows her request");
        }
        List<SavingsEvent> events = new ArrayList<>();
        if (account.balance.isPositive()) {
            events.add(new SavingsWithdrawn(account.orgId, account.accountId, account.memberId, command.withdrawalId(),
                    account.balance, Money.zero(account.balance.currency()), WithdrawalKind.EXIT_REFUND,
                    command.refundedOn()));
        }
        events.add(new SavingsAccountClosed(account.orgId, account.accountId, account.memberId,
                command.refundedOn()));
        return events;
    }

    private static void requireOpenOn(AccountState account, LocalDate day, String field) {
        if (account.closed) {
            throw new BusinessRuleViolation("accountId", "the account is closed");
        }
        if (day.isBefore(account.openedOn)) {
            throw new BusinessRuleViolation(field, "must not be before the account was opened, " + account.openedOn);
        }
    }
}
