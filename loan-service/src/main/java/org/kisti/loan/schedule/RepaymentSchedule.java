package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.util.List;

/**
 * A calculated schedule. Rates are disclosed in percent at 2 places; {@code calculator} names the
 * {@link ScheduleCalculator#VERSION} that produced it, so a stored schedule is never recomputed
 * by newer code.
 */
public record RepaymentSchedule(
        String currency,
        List<Installment> installments,
        Totals totals,
        BigDecimal upfrontCharge,
        BigDecimal nominalAnnualRate,
        BigDecimal effectiveAnnualRate,
        String calculator) {

    public RepaymentSchedule {
        installments = List.copyOf(installments);
    }
}
