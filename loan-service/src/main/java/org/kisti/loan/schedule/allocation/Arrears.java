package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kisti.loan.schedule.RepaymentSchedule;

/**
 * Arrears as of a date, counting only payments made on or before it. An instalment is overdue
 * once its due date has passed: one due on the date itself is not yet in arrears.
 */
public final class Arrears {

    private Arrears() {
    }

    public static ArrearsStatus asOf(LoanPosition position, LocalDate date) {
        LoanPosition then = position.asOf(date);
        BigDecimal overdue = BigDecimal.ZERO.setScale(2);
        LocalDate oldestUnpaidDue = null;
        InstallmentBalance next = null;
        for (InstallmentBalance balance : then.installments()) {
            if (balance.isFullyPaid()) {
                continue;
            }
            LocalDate due = balance.installment().dueDate();
            if (due.isBefore(date)) {
                overdue = overdue.add(balance.unpaid());
                if (oldestUnpaidDue == null) {
                    oldestUnpaidDue = due;
                }
            } else {
                next = balance;
                break; // later instalments are neither overdue nor the next one due
            }
        }
        long days = oldestUnpaidDue == null ? 0 : ChronoUnit.DAYS.between(oldestUnpaidDue, date);
        Outstanding outstanding = then.outstanding();
        return new ArrearsStatus(overdue, days, next, outstanding.principal(), outstanding.interest(),
                outstanding.fee());
    }

    /** Applies the payments dated on or before the date, in the order given, then as above. */
    public static ArrearsStatus asOf(RepaymentSchedule schedule, List<Payment> payments, LocalDate date) {
        LoanPosition position = LoanPosition.of(schedule);
        for (Payment payment : payments) {
            if (!payment.paidOn().isAfter(date)) {
                position = position.apply(payment).position();
            }
        }
        return asOf(position, date);
    }
}
