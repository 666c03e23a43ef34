package org.kisti.savings.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.Currencies;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.savings.deposit.DepositSavings;
import org.kisti.savings.withdrawal.AccountState;
import org.kisti.savings.withdrawal.WithdrawalCommands.RefundOnExit;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;
import org.kisti.savings.withdrawal.WithdrawalRules;

/** A member's savings account: its balance is the sum of what her events say was paid in. */
public class SavingsAccount {

    @AggregateIdentifier
    private String accountId;
    private String orgId;
    private String memberId;
    private LocalDate openedOn;
    private Money balance;
    private boolean closed;
    private String productId;

    protected SavingsAccount() {
        // for Axon, which rebuilds the account from its events
    }

    @CommandHandler
    public SavingsAccount(OpenSavingsAccount command) {
        if (!Currencies.isAccepted(command.currency())) {
            throw new BusinessRuleViolation("currency", Currencies.RULE);
        }
        apply(new SavingsAccountOpened(command.orgId(), command.accountId(), command.memberId(), command.currency(),
                command.openedOn(), command.productId()));
    }

    @CommandHandler
    void handle(DepositSavings command) {
        if (!orgId.equals(command.orgId())) {
            // Another tenant's account is answered as if it did not exist.
            throw new AggregateNotFoundException(command.accountId(), "no such savings account");
        }
        if (!balance.currency().equals(command.amount().currency())) {
            throw new BusinessRuleViolation("currency", "must be the account's currency, " + balance.currency());
        }
        if (!command.amount().isPositive() || command.amount().exceedsMaximum()) {
            throw new BusinessRuleViolation("amount", "must be from 0.01 to " + Money.MAX_AMOUNT.toPlainString());
        }
        if (closed) {
            throw new BusinessRuleViolation("accountId", "the account is closed");
        }
        if (command.depositedOn().isBefore(openedOn)) {
            throw new BusinessRuleViolation("depositedOn", "must not be before the account was opened, " + openedOn);
        }
        Money balanceAfter = balance.plus(command.amount());
        if (balanceAfter.exceedsMaximum()) {
            throw new BusinessRuleViolation("amount",
                    "would take the balance above the most an account may hold, " + Money.MAX_AMOUNT.toPlainString());
        }
        apply(new SavingsDeposited(orgId, accountId, memberId, command.depositId(), command.amount(), balanceAfter,
                command.depositedOn()));
    }

    @CommandHandler
    void handle(WithdrawSavings command) {
        requireOrganisation(command.orgId());
        apply(WithdrawalRules.withdraw(state(), command));
    }

    @CommandHandler
    void handle(RefundOnExit command) {
        requireOrganisation(command.orgId());
        WithdrawalRules.refund(state(), command).forEach(AggregateLifecycle::apply);
    }

    private void requireOrganisation(String orgId) {
        if (!this.orgId.equals(orgId)) {
            // Another tenant's account is answered as if it did not exist.
            throw new AggregateNotFoundException(accountId, "no such savings account");
        }
    }

    private AccountState state() {
        AccountState state = new AccountState();
        state.accountId = accountId;
        state.orgId = orgId;
        state.memberId = memberId;
        state.openedOn = openedOn;
        state.balance = balance;
        state.closed = closed;
        state.productId = productId;
        return state;
    }

    @EventSourcingHandler
    void on(SavingsWithdrawn event) {
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(SavingsAccountClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(SavingsAccountOpened event) {
        accountId = event.accountId();
        orgId = event.orgId();
        memberId = event.memberId();
        openedOn = event.openedOn();
        productId = event.productId();
        balance = Money.zero(event.currency());
    }

    @EventSourcingHandler
    void on(SavingsDeposited event) {
        balance = event.balanceAfter();
    }
}
