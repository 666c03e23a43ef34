package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The disclosed rates: the effective annual rate y solving
 * Σ total_k / (1 + y)^(t_k) = P − upfront charge, t_k = days from disbursement to due date k / 365,
 * and the nominal rate periodsPerYear × ((1 + y)^(1 / periodsPerYear) − 1), both in percent.
 *
 * <p>The solver works in double (allowed: the result is rounded to 2 places) by bisection on
 * z = ln(1 + y), which keeps huge rates on short loans finite. It uses StrictMath, and converts
 * with new BigDecimal(double), so every JVM on every platform discloses the same figures.
 */
final class RateDisclosure {

    record Rates(BigDecimal nominalAnnualRate, BigDecimal effectiveAnnualRate) {
    }

    private static final double TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 200;
    /** z = 512 is y ≈ 1e222 %: beyond it the charges are absurd rather than disclosable. */
    private static final double MAX_LOG_GROWTH = 512;

    private RateDisclosure() {
    }

    static Rates disclose(LocalDate disbursed, List<Installment> installments, BigDecimal netDisbursed,
            int periodsPerYear) {
        BigDecimal repaid = Totals.of(installments).total();
        if (repaid.compareTo(netDisbursed) == 0) {
            return new Rates(Amounts.ZERO, Amounts.ZERO);
        }
        int n = installments.size();
        double[] amounts = new double[n];
        double[] years = new double[n];
        for (int k = 0; k < n; k++) {
            Installment instalment = installments.get(k);
            amounts[k] = instalment.total().doubleValue();
            years[k] = ChronoUnit.DAYS.between(disbursed, instalment.dueDate()) / 365.0;
        }
        double z = solveLogGrowth(amounts, years, netDisbursed.doubleValue());
        double effective = StrictMath.expm1(z);
        double nominal = periodsPerYear * StrictMath.expm1(z / periodsPerYear);
        return new Rates(percent(nominal), percent(effective));
    }

    /** The z = ln(1 + y) where the present value of the instalments equals what was disbursed. */
    private static double solveLogGrowth(double[] amounts, double[] years, double netDisbursed) {
        // Repayments exceed the net disbursement, so the root is positive and excess() falls as z grows.
        double low = 0;
        double high = 1;
        while (excess(amounts, years, netDisbursed, high) > 0) {
            low = high;
            high *= 2;
            if (high > MAX_LOG_GROWTH) {
                throw new InvalidLoanTermsException("annualInterestRate",
                        "the charges give an effective annual rate too large to disclose");
            }
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS && high - low > TOLERANCE; iteration++) {
            double mid = (low + high) / 2;
            if (excess(amounts, years, netDisbursed, mid) > 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** Present value of the instalments at growth rate z, less the net disbursement. */
    private static double excess(double[] amounts, double[] years, double netDisbursed, double z) {
        double presentValue = 0;
        for (int k = 0; k < amounts.length; k++) {
            presentValue += amounts[k] * StrictMath.exp(-years[k] * z);
        }
        return presentValue - netDisbursed;
    }

    private static BigDecimal percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(2, RoundingMode.HALF_UP);
    }
}
