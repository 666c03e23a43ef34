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
 *
 * <p>Version 2 added {@code origin}: where a loan made from an approved application came from. A loan disbursed
 * directly, and every version 1 record, has none ({@link org.kisti.events.EventUpcasts}). Version 3 added the
 * origin's {@code savingsRequired}: the savings her product asked for, which savings-service holds as a lien while
 * the loan is open (none on older records).
 */
@EventType(name = "org.kisti.loans.LoanDisbursed", version = 3)
public record LoanDisbursed(
        String orgId, String loanId, String memberId, Money principal, Money upfrontCharge, LocalDate disbursedOn,
        List<ScheduledInstallment> schedule, String calculator,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nominalAnnualRate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal effectiveAnnualRate,
        Origin origin)
        implements LoanEvent {

    public LoanDisbursed {
        schedule = List.copyOf(schedule);
    }

    @Override
    public LocalDate businessDate() {
        return disbursedOn;
    }

    /**
     * The application, product, fund and purpose a loan was made from, her loan cycle, and her group, branch and field
     * officer on the disbursement date, for the record (reports attribute a loan by the hierarchy on their own date),
     * and the savings the product required of her ({@code savingsRequired}, held while the loan is open; null for
     * none).
     */
    public record Origin(String applicationId, String productId, String fundId, String funderId, String purpose,
            int cycle, String groupId, String branchId, String officerId, Money savingsRequired) {}

    /** One line of the repayment schedule as disbursed. */
    public record ScheduledInstallment(int number, LocalDate dueDate, Money principal, Money interest, Money fee) {}
}
