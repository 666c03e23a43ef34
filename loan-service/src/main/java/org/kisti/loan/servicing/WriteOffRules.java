package org.kisti.loan.servicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanRecoveryReceived;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.loan.schedule.allocation.Arrears;
import org.kisti.loan.schedule.allocation.ArrearsStatus;
import org.kisti.loan.schedule.allocation.InstallmentAllocation;
import org.kisti.loan.schedule.allocation.InstallmentBalance;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * Writing a loan off and the money that may still come in on it, one pure decision each. A loan is written off only
 * under a policy in force, once its days in arrears that day reach the policy's threshold; everything still owed is
 * written off then. Later money on it is a recovery, never more than was written off.
 */
public final class WriteOffRules {

    private WriteOffRules() {}

    /** {@code minDaysInArrears}: the policy in force on the day, as the request found it; null for none. */
    public record WriteOff(String orgId, @TargetAggregateIdentifier String loanId, LocalDate writtenOffOn, String reason, String writtenOffBy,
            Integer minDaysInArrears) {}

    public record ReceiveRecovery(String orgId, @TargetAggregateIdentifier String loanId, String recoveryId,
            Money amount, LocalDate recoveredOn) {}

    public static LoanWrittenOff writeOff(LoanState loan, WriteOff command) {
        if (loan.writtenOffOn != null) {
            throw new BusinessRuleViolation("loanId", "was written off on " + loan.writtenOffOn);
        }
        if (loan.closed) {
            throw new BusinessRuleViolation("loanId", "the loan is closed; nothing is owed");
        }
        if (command.minDaysInArrears() == null) {
            throw new BusinessRuleViolation("writtenOffOn", "no write-off policy of the organisation is in force on "
                    + command.writtenOffOn());
        }
        ArrearsStatus arrears = Arrears.asOf(loan.positionOn(command.writtenOffOn()), command.writtenOffOn());
        if (arrears.daysInArrears() < command.minDaysInArrears()) {
            throw new BusinessRuleViolation("writtenOffOn", "the loan is " + arrears.daysInArrears()
                    + " days in arrears on " + command.writtenOffOn() + "; the policy writes off from "
                    + command.minDaysInArrears());
        }
        List<InstallmentAllocation> owed = loan.position().installments().stream()
                .filter(balance -> !balance.isFullyPaid())
                .map(WriteOffRules::unpaid).toList();
        return new LoanWrittenOff(loan.orgId, loan.loanId, loan.memberId, command.writtenOffOn(),
                loan.money(sum(owed, InstallmentAllocation::principal)),
                loan.money(sum(owed, InstallmentAllocation::interest)), loan.money(sum(owed, InstallmentAllocation::fee)),
                Math.toIntExact(arrears.daysInArrears()), command.minDaysInArrears(), command.reason(),
                command.writtenOffBy(),
                loan.splits(owed));
    }

    public static LoanRecoveryReceived recover(LoanState loan, ReceiveRecovery command) {
        if (loan.writtenOffOn == null) {
            throw new BusinessRuleViolation("loanId", "is not written off; money on it is a repayment");
        }
        Money amount = command.amount();
        if (!loan.currency.equals(amount.currency())) {
            throw new BusinessRuleViolation("currency", "must be the loan's currency, " + loan.currency);
        }
        if (!amount.isPositive() || amount.exceedsMaximum()) {
            throw new BusinessRuleViolation("amount", "must be from 0.01 to " + Money.MAX_AMOUNT.toPlainString());
        }
        if (command.recoveredOn().isBefore(loan.writtenOffOn)) {
            throw new BusinessRuleViolation("recoveredOn", "must not be before the write-off, " + loan.writtenOffOn);
        }
        BigDecimal left = loan.writtenOff.subtract(loan.recovered);
        if (amount.amount().compareTo(left) > 0) {
            throw new BusinessRuleViolation("amount", "must not exceed what is left of the write-off to recover, "
                    + left.toPlainString() + " " + loan.currency);
        }
        return new LoanRecoveryReceived(loan.orgId, loan.loanId, loan.memberId, command.recoveryId(), amount,
                command.recoveredOn());
    }

    private static InstallmentAllocation unpaid(InstallmentBalance balance) {
        return new InstallmentAllocation(balance.installment().number(), balance.feeDue(), balance.interestDue(),
                balance.principalDue());
    }

    private static BigDecimal sum(List<InstallmentAllocation> parts,
            Function<InstallmentAllocation, BigDecimal> part) {
        return parts.stream().map(part).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
