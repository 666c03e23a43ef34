package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Rounding helpers shared by the amortisation methods. */
final class Amounts {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final MathContext MATH = MathContext.DECIMAL128;

    private Amounts() {
    }

    /** round2(numerator / divisor), rounded once from the exact quotient. */
    static BigDecimal round2(BigDecimal numerator, BigDecimal divisor) {
        return numerator.divide(divisor, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal round2(BigDecimal x) {
        return x.setScale(2, RoundingMode.HALF_UP);
    }

    static boolean hasAtMostTwoDecimals(BigDecimal x) {
        return x.stripTrailingZeros().scale() <= 2;
    }
}
