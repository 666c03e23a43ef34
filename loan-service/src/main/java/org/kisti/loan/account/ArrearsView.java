package org.kisti.loan.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.loan.schedule.allocation.ArrearsStatus;
import org.kisti.loan.schedule.allocation.InstallmentBalance;

@Schema(name = "Arrears", description = "A loan's arrears as of a date, from its schedule and the payments up to it")
public record ArrearsView(
        @Schema(example = "2026-03-02") LocalDate asOf,
        @Schema(example = "BDT") String currency,
        @Schema(example = "245.00", description = "Unpaid parts of instalments due before asOf") BigDecimal overdueAmount,
        @Schema(example = "7", description = "Days since the oldest unpaid due date before asOf; 0 if none") long daysInArrears,
        NextInstallment nextInstallmentDue,
        @Schema(example = "7822.00") BigDecimal outstandingPrincipal,
        @Schema(example = "972.00") BigDecimal outstandingInterest,
        @Schema(example = "0.00") BigDecimal outstandingFee) {

    @Schema(name = "NextInstallmentDue")
    public record NextInstallment(int number, LocalDate dueDate, BigDecimal total, BigDecimal unpaid) {}

    static ArrearsView of(LocalDate asOf, String currency, ArrearsStatus status) {
        InstallmentBalance next = status.nextInstallmentDue();
        return new ArrearsView(asOf, currency, status.overdueAmount(), status.daysInArrears(),
                next == null ? null : new NextInstallment(next.installment().number(), next.installment().dueDate(),
                        next.installment().total(), next.unpaid()),
                status.outstandingPrincipal(), status.outstandingInterest(), status.outstandingFee());
    }
}
