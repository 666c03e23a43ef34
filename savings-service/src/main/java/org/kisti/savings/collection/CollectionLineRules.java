package org.kisti.savings.collection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsCollectionLineHeld;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.WithdrawalKind;
import org.kisti.savings.deposit.DepositRules;
import org.kisti.savings.deposit.DepositSavings;
import org.kisti.savings.ledger.AccountState;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;
import org.kisti.savings.withdrawal.WithdrawalRules;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * A collection sheet's savings line on its account. The cash changed hands at the meeting, so what the account's rules
 * refuse (closed, more than is available, a withdrawal the product does not allow) is not an error: nothing moves and
 * the refusal is recorded ({@code SavingsCollectionLineHeld}), for the sheet to hold the money with the reason.
 */
public final class CollectionLineRules {

    private CollectionLineRules() {}

    /**
     * Move a sheet line's money under {@code movementId}. {@code product}: the account's product version in force on
     * the day, for a withdrawal's rules; null for none.
     */
    public record ApplyCollectionLine(
            String orgId, @TargetAggregateIdentifier String accountId, String sheetId, int line, String movementId,
            boolean withdrawal, Money amount, LocalDate on, SavingsProductVersioned product) {}

    public static SavingsEvent apply(AccountState account, ApplyCollectionLine command) {
        try {
            return command.withdrawal()
                    ? WithdrawalRules.withdraw(account, new WithdrawSavings(command.orgId(), command.accountId(),
                            command.movementId(), command.amount(), WithdrawalKind.REGULAR, command.on(),
                            command.product()))
                    : DepositRules.deposit(account, new DepositSavings(command.orgId(), command.accountId(),
                            command.movementId(), command.amount(), command.on()));
        } catch (BusinessRuleViolation refused) {
            return new SavingsCollectionLineHeld(account.orgId, account.accountId, account.memberId,
                    command.sheetId(), command.line(), command.movementId(), command.amount(),
                    refused.field() + ": " + refused.rule(), command.on());
        }
    }
}
