package org.kisti.savings.withdrawal;

import java.math.BigDecimal;
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
import org.kisti.savings.ledger.AccountState;
import org.kisti.savings.posting.InterestRules;
import org.kisti.savings.withdrawal.WithdrawalCommands.RefundOnExit;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;

/**
 * The rules of money leaving an account, one pure decision per command. Balances are by value date: a withdrawal
 * dated {@code D} (back-dated or not) may take only what leaves every day from D on at or above what must stay,
 * the product's minimum balance plus what liens hold. So a withdrawal may be dated before movements already
 * recorded, as long as no later day goes short; interest on the days it changes is adjusted at the next posting.
 */
public final class WithdrawalRules {

    private WithdrawalRules() {}

    public static SavingsWithdrawn withdraw(AccountState account, WithdrawSavings command) {
        requireOpenOn(account, command.withdrawnOn(), "withdrawnOn");
        if (command.kind() == WithdrawalKind.EXIT_REFUND) {
            throw new BusinessRuleViolation("kind", "an exit refund is made by the refund, which closes the account");
        }
        Money amount = command.amount();
        if (!account.currency.equals(amount.currency())) {
            throw new BusinessRuleViolation("currency", "must be the account's currency, " + account.currency);
        }
        if (!amount.isPositive() || amount.exceedsMaximum()) {
            throw new BusinessRuleViolation("amount", "must be from 0.01 to " + Money.MAX_AMOUNT.toPlainString());
        }
        SavingsProductVersioned product = command.product();
        byKind(product, command.kind(), account.openedOn, command.withdrawnOn());
        BigDecimal minimum = product == null ? BigDecimal.ZERO : product.minimumBalance();
        BigDecimal lowest = account.lowestBalanceFrom(command.withdrawnOn());
        BigDecimal held = account.held().amount();
        BigDecimal available = lowest.subtract(held).subtract(minimum).max(BigDecimal.ZERO);
        if (amount.amount().compareTo(available) > 0) {
            throw new BusinessRuleViolation("amount", amount.amount().toPlainString() + " is more than the available "
                    + available.toPlainString() + " (lowest balance from " + command.withdrawnOn() + " on "
                    + lowest.toPlainString() + ", held by liens " + held.toPlainString() + ", minimum balance "
                    + minimum.toPlainString() + ")");
        }
        return new SavingsWithdrawn(account.orgId, account.accountId, account.memberId, command.withdrawalId(),
                amount, account.balance().minus(amount), command.kind(), command.withdrawnOn());
    }

    /**
     * Compulsory savings leave only in an emergency, term savings from maturity on (the term counted from the
     * account's opening); an account of no product any time.
     */
    private static void byKind(SavingsProductVersioned product, WithdrawalKind kind, LocalDate openedOn,
            LocalDate withdrawnOn) {
        if (product == null) {
            return;
        }
        if (product.kind() == SavingsKind.COMPULSORY && kind != WithdrawalKind.EMERGENCY) {
            throw new BusinessRuleViolation("kind", "compulsory savings are withdrawn only in an EMERGENCY or on exit");
        }
        if (product.kind() == SavingsKind.TERM) {
            if (product.termMonths() == null) {
                throw new BusinessRuleViolation("withdrawnOn", "term savings are paid out at maturity, and this"
                        + " product version names no term");
            }
            LocalDate maturity = openedOn.plusMonths(product.termMonths());
            if (withdrawnOn.isBefore(maturity)) {
                throw new BusinessRuleViolation("withdrawnOn", "term savings are paid out at maturity, " + maturity);
            }
        }
    }

    /**
     * Her exit refund: once she asked to leave and no lien holds the account, the interest to date is credited and
     * everything is paid out, and the account closes.
     */
    public static List<SavingsEvent> refund(AccountState account, RefundOnExit command) {
        requireOpenOn(account, command.refundedOn(), "refundedOn");
        if (!command.memberLeaving()) {
            throw new BusinessRuleViolation("memberId", "has not asked to leave; a refund on exit follows her request");
        }
        if (!account.liens.isEmpty()) {
            throw new BusinessRuleViolation("accountId", "is held for loans " + account.liens.keySet()
                    + "; her savings are refunded once the liens go");
        }
        List<SavingsEvent> events = new ArrayList<>();
        Money balance = account.balance();
        var interest = InterestRules.toDate(account, command.versions(), command.refundedOn(), command.postingId());
        if (interest.isPresent()) {
            events.add(interest.get());
            balance = balance.plus(interest.get().total());
        }
        if (balance.isPositive()) {
            events.add(new SavingsWithdrawn(account.orgId, account.accountId, account.memberId, command.withdrawalId(),
                    balance, Money.zero(account.currency), WithdrawalKind.EXIT_REFUND, command.refundedOn()));
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
