package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms a schedule is calculated from. The constructor only fills defaults for the optional
 * parts (rateBasis PER_YEAR, rounding 1 HALF_UP, no service charge); every rule is checked by
 * {@link ScheduleCalculator#calculate}, which names the offending field. The rate is a percentage
 * per year, or per loan term when {@code rateBasis} is PER_LOAN; it is required except for
 * INTEREST_FREE, where it must be absent or 0.
 */
public record LoanTerms(
        BigDecimal principal,
        String currency,
        InterestMethod interestMethod,
        RateBasis rateBasis,
        BigDecimal annualInterestRate,
        RepaymentFrequency repaymentFrequency,
        int numberOfInstallments,
        LocalDate disbursementDate,
        LocalDate firstRepaymentDate,
        InstallmentRounding installmentRounding,
        ServiceCharge serviceCharge) {

    public LoanTerms {
        rateBasis = rateBasis == null ? RateBasis.PER_YEAR : rateBasis;
        installmentRounding = installmentRounding == null ? InstallmentRounding.DEFAULT : installmentRounding;
        serviceCharge = serviceCharge == null ? ServiceCharge.NONE : serviceCharge;
    }
}
