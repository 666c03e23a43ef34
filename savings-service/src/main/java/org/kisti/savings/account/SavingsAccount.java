package org.kisti.savings.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.Currencies;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.savings.collection.CollectionLineRules;
import org.kisti.savings.deposit.DepositRules;
import org.kisti.savings.deposit.DepositSavings;
import org.kisti.savings.ledger.AccountState;
import org.kisti.savings.lien.LienCommands.PlaceLien;
import org.kisti.savings.lien.LienCommands.ReleaseLien;
import org.kisti.savings.lien.LienRules;
import org.kisti.savings.posting.InterestRules;
import org.kisti.savings.posting.PostInterest;
import org.kisti.savings.withdrawal.WithdrawalCommands.RefundOnExit;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;
import org.kisti.savings.withdrawal.WithdrawalRules;

/**
 * A savings account, a member's or a group's fund: a thin shell that hands each command to its slice's pure rule
 * ({@link DepositRules}, {@link WithdrawalRules}, {@link InterestRules}, {@link LienRules},
 * {@link CollectionLineRules}) and assigns what the resulting events say to its {@link AccountState}.
 */
public class SavingsAccount {

    @AggregateIdentifier
    private String accountId;
    private final AccountState state = new AccountState();

    protected SavingsAccount() {
        // for Axon, which rebuilds the account from its events
    }

    @CommandHandler
    public SavingsAccount(OpenSavingsAccount command) {
        if (!Currencies.isAccepted(command.currency())) {
            throw new BusinessRuleViolation("currency", Currencies.RULE);
        }
        if ((command.memberId() == null) == (command.groupId() == null)) {
            throw new BusinessRuleViolation("memberId", "an account belongs to a member or to a group, exactly one");
        }
        apply(new SavingsAccountOpened(command.orgId(), command.accountId(), command.memberId(), command.groupId(),
                command.currency(), command.openedOn(), command.productId()));
    }

    @CommandHandler
    void handle(DepositSavings command) {
        requireOrganisation(command.orgId());
        apply(DepositRules.deposit(state, command));
    }

    @CommandHandler
    void handle(CollectionLineRules.ApplyCollectionLine command) {
        requireOrganisation(command.orgId());
        apply(CollectionLineRules.apply(state, command));
    }

    @CommandHandler
    void handle(WithdrawSavings command) {
        requireOrganisation(command.orgId());
        apply(WithdrawalRules.withdraw(state, command));
    }

    @CommandHandler
    void handle(RefundOnExit command) {
        requireOrganisation(command.orgId());
        WithdrawalRules.refund(state, command).forEach(AggregateLifecycle::apply);
    }

    /** Answers the posting made, or null when the rule found nothing to credit. */
    @CommandHandler
    SavingsInterestPosted handle(PostInterest command) {
        requireOrganisation(command.orgId());
        SavingsInterestPosted posted = InterestRules.post(state, command).orElse(null);
        if (posted != null) {
            apply(posted);
        }
        return posted;
    }

    @CommandHandler
    void handle(PlaceLien command) {
        requireOrganisation(command.orgId());
        LienRules.place(state, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(ReleaseLien command) {
        requireOrganisation(command.orgId());
        LienRules.release(state, command).ifPresent(AggregateLifecycle::apply);
    }

    private void requireOrganisation(String orgId) {
        if (!state.orgId.equals(orgId)) {
            // Another tenant's account is answered as if it did not exist.
            throw new AggregateNotFoundException(accountId, "no such savings account");
        }
    }

    @EventSourcingHandler
    void on(SavingsEvent event) {
        if (event instanceof SavingsAccountOpened opened) {
            accountId = opened.accountId();
        }
        state.evolve(event);
    }
}
