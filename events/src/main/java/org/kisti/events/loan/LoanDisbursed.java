package org.kisti.events.loan;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/** A loan was paid out to a member; its repayment schedule is fixed from this moment on. */
@EventType(name = "org.kisti.loans.LoanDisbursed", version = 1)
public record LoanDisbursed(
        String orgId, String loanId, String memberId, Money principal, LocalDate disbursedOn,
        List<ScheduledInstallment> schedule)
        implements LoanEvent {

    public LoanDisbursed {
        schedule = List.copyOf(schedule);
    }

    @Override
    public LocalDate businessDate() {
        return disbursedOn;
    }

    /** One line of the repayment schedule as disbursed. */
    public record ScheduledInstallment(int number, LocalDate dueDate, Money principal, Money interest) {}
}
