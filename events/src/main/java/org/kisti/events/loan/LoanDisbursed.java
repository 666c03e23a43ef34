package org.kisti.events.loan;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * A loan was paid out to a member; its repayment schedule is fixed from this moment on. The schedule travels in full,
 * with the calculator version that produced it and the disclosed rates, so no reader ever recomputes it.
 */
@EventType(name = "org.kisti.loans.LoanDisbursed", version = 1)
public record LoanDisbursed(
        String orgId, String loanId, String memberId, Money principal, Money upfrontCharge, LocalDate disbursedOn,
        List<ScheduledInstallment> schedule, String calculator,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nominalAnnualRate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal effectiveAnnualRate)
        implements LoanEvent {

    public LoanDisbursed {
        schedule = List.copyOf(schedule);
    }

    @Override
    public LocalDate businessDate() {
        return disbursedOn;
    }

    /** One line of the repayment schedule as disbursed. */
    public record ScheduledInstallment(int number, LocalDate dueDate, Money principal, Money interest, Money fee) {}
}
