package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Early settlement, the one place its money maths lives. On day D a borrower owes: all principal still unpaid; the
 * unpaid interest and fees of instalments due on or before D; and of the current instalment (the first due after D)
 * its interest pro rata by the days from the previous due date (or the disbursement) to D, rounded HALF_UP to the
 * paisa, less what was already paid of it. Interest of later instalments and fees not yet due are rebated, except that
 * a loan whose terms allow no rebate (a FLAT loan under a NONE rebate policy) owes all its remaining interest.
 */
public final class Settlement {

    private Settlement() {}

    /**
     * @param allRemainingInterest whether every unpaid interest is owed (no rebate) rather than only what is earned
     */
    public static SettlementQuote quote(LoanPosition position, LocalDate disbursedOn, LocalDate on,
            boolean allRemainingInterest) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal principal = zero;
        BigDecimal interest = zero;
        BigDecimal fee = zero;
        BigDecimal interestRebated = zero;
        BigDecimal feeRebated = zero;
        List<InstallmentAllocation> paid = new ArrayList<>();
        List<InstallmentAllocation> rebated = new ArrayList<>();
        LocalDate previousDue = disbursedOn;
        boolean currentSeen = false;
        for (InstallmentBalance balance : position.installments()) {
            LocalDate due = balance.installment().dueDate();
            if (!balance.isFullyPaid()) {
                BigDecimal interestOwed;
                BigDecimal feeOwed;
                if (!due.isAfter(on)) {
                    interestOwed = balance.interestDue();
                    feeOwed = balance.feeDue();
                } else if (allRemainingInterest) {
                    interestOwed = balance.interestDue();
                    feeOwed = zero;
                } else if (!currentSeen) {
                    interestOwed = earned(balance, previousDue, due, on);
                    feeOwed = zero;
                } else {
                    interestOwed = zero;
                    feeOwed = zero;
                }
                int number = balance.installment().number();
                paid.add(new InstallmentAllocation(number, feeOwed, interestOwed, balance.principalDue()));
                InstallmentAllocation waived = new InstallmentAllocation(number, balance.feeDue().subtract(feeOwed),
                        balance.interestDue().subtract(interestOwed), zero);
                if (waived.total().signum() > 0) {
                    rebated.add(waived);
                }
                principal = principal.add(balance.principalDue());
                interest = interest.add(interestOwed);
                fee = fee.add(feeOwed);
                interestRebated = interestRebated.add(waived.interest());
                feeRebated = feeRebated.add(waived.fee());
            }
            if (due.isAfter(on)) {
                currentSeen = true;
            }
            previousDue = due;
        }
        return new SettlementQuote(on, principal, interest, fee, interestRebated, feeRebated, paid, rebated);
    }

    /** The current instalment's interest earned by {@code on}, pro rata by days, less what was paid of it already. */
    private static BigDecimal earned(InstallmentBalance balance, LocalDate previousDue, LocalDate due, LocalDate on) {
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(previousDue, on));
        long length = ChronoUnit.DAYS.between(previousDue, due);
        BigDecimal proRata = balance.installment().interest().multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(length), 2, RoundingMode.HALF_UP);
        BigDecimal owed = proRata.subtract(balance.interestPaid()).max(BigDecimal.ZERO.setScale(2));
        return owed.min(balance.interestDue());
    }
}
