package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an instalment amount is rounded: to a multiple of {@code unit} (0.01, 1, 5 or 10) with
 * {@code mode} (HALF_UP, UP or DOWN). Field officers collect cash, so whole taka are the default.
 * A null unit or mode takes the default's.
 */
public record InstallmentRounding(BigDecimal unit, RoundingMode mode) {

    public static final InstallmentRounding DEFAULT = new InstallmentRounding(BigDecimal.ONE, RoundingMode.HALF_UP);

    public InstallmentRounding {
        unit = unit == null ? BigDecimal.ONE : unit;
        mode = mode == null ? RoundingMode.HALF_UP : mode;
    }

    /** roundUnit(numerator / divisor), rounded exactly (no intermediate rounding), at scale 2. */
    public BigDecimal roundQuotient(BigDecimal numerator, BigDecimal divisor) {
        return numerator.divide(divisor.multiply(unit), 0, mode).multiply(unit).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** roundUnit(x) = x / unit rounded to an integer with the mode, times unit, at scale 2. */
    public BigDecimal round(BigDecimal x) {
        return roundQuotient(x, BigDecimal.ONE);
    }
}
