package org.kisti.loan.preview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.loan.schedule.Installment;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.Totals;

/** A schedule as the API shows it: every amount a decimal string, every instalment with its total. */
@Schema(name = "Schedule")
public record ScheduleView(
        @Schema(example = "BDT") String currency,
        List<InstallmentView> installments,
        TotalsView totals,
        @Schema(example = "100.00", description = "Service charge collected at disbursement") BigDecimal upfrontCharge,
        @Schema(example = "27.86") BigDecimal nominalAnnualRate,
        @Schema(example = "32.03") BigDecimal effectiveAnnualRate,
        @Schema(example = "kisti-schedule/1") String calculator) {

    @Schema(name = "ScheduledInstallment")
    public record InstallmentView(
            @Schema(example = "1") int number,
            @Schema(example = "2026-01-19") LocalDate dueDate,
            @Schema(example = "217.83") BigDecimal principal,
            @Schema(example = "27.17") BigDecimal interest,
            @Schema(example = "0.00") BigDecimal fee,
            @Schema(example = "245.00") BigDecimal total) {}

    @Schema(name = "ScheduleTotals")
    public record TotalsView(
            @Schema(example = "10000.00") BigDecimal principal,
            @Schema(example = "1250.00") BigDecimal interest,
            @Schema(example = "0.00") BigDecimal fee,
            @Schema(example = "11250.00") BigDecimal total) {}

    public static ScheduleView of(RepaymentSchedule schedule) {
        Totals totals = schedule.totals();
        return new ScheduleView(schedule.currency(),
                schedule.installments().stream().map(ScheduleView::installment).toList(),
                new TotalsView(totals.principal(), totals.interest(), totals.fee(), totals.total()),
                schedule.upfrontCharge(), schedule.nominalAnnualRate(), schedule.effectiveAnnualRate(),
                schedule.calculator());
    }

    private static InstallmentView installment(Installment i) {
        return new InstallmentView(i.number(), i.dueDate(), i.principal(), i.interest(), i.fee(), i.total());
    }
}
