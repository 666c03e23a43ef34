package org.kisti.loan.servicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.loan.schedule.DueDates;
import org.kisti.loan.schedule.InstallmentRounding;
import org.kisti.loan.schedule.RepaymentFrequency;

/**
 * Reschedule from {@code effectiveOn}: a MORATORIUM of {@code periods} periods of {@code frequency}, or a RESTRUCTURE
 * into {@code periods} instalments by {@code terms} (the product's, as the request found them; null for a loan of no
 * product, which can only be given a moratorium); {@code calendar}: the holidays its new due dates move by.
 */
public record Reschedule(String orgId, @TargetAggregateIdentifier String loanId, String rescheduleId,
        LocalDate effectiveOn, String reason, Kind kind, int periods, RepaymentFrequency frequency,
        ProductTerms terms, DueDates.Calendar calendar) {

    public enum Kind { MORATORIUM, RESTRUCTURE }

    /** The product's terms a restructure re-amortises by; the amount and dates come from the loan. */
    public record ProductTerms(String interestMethod, String rateBasis, BigDecimal annualInterestRate,
            String frequency, InstallmentRounding rounding) {}
}
