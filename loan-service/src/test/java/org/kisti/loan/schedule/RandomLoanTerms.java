package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;

/** Generates plausible (and some implausible) loan terms from a seeded Random. */
public final class RandomLoanTerms {

    private static final String[] UNITS = {"0.01", "1", "5", "10"};
    private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN};

    private RandomLoanTerms() {
    }

    public static LoanTerms next(Random random) {
        InterestMethod method = pick(random, InterestMethod.values());
        RepaymentFrequency frequency = pick(random, RepaymentFrequency.values());
        RateBasis basis = method == InterestMethod.FLAT && random.nextBoolean() ? RateBasis.PER_LOAN : RateBasis.PER_YEAR;
        BigDecimal rate = method == InterestMethod.INTEREST_FREE
                ? null
                : random.nextInt(10) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(4001), 2);
        int installments = 1 + random.nextInt(random.nextInt(4) == 0 ? 120 : 52);
        BigDecimal principal = random.nextInt(20) == 0
                ? BigDecimal.valueOf(1 + random.nextInt(100_00), 2) // small loans stress the rounding rules
                : BigDecimal.valueOf(1000_00L + random.nextInt(499_000_00), 2);
        LocalDate disbursed = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3650));
        LocalDate firstRepayment = disbursed.plusDays(1 + random.nextInt(45));
        InstallmentRounding rounding = new InstallmentRounding(new BigDecimal(pick(random, UNITS)), pick(random, MODES));
        ServiceCharge charge = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> new ServiceCharge(percentOf(principal, random.nextInt(300)), ChargeCollection.UPFRONT);
            default -> new ServiceCharge(percentOf(principal, random.nextInt(300)), ChargeCollection.SPREAD);
        };
        return new LoanTerms(principal, "BDT", method, basis, rate, frequency, installments, disbursed,
                firstRepayment, rounding, charge);
    }

    private static BigDecimal percentOf(BigDecimal principal, int hundredthsOfPercent) {
        return principal.multiply(BigDecimal.valueOf(hundredthsOfPercent)).divide(BigDecimal.valueOf(10_000), 2,
                RoundingMode.DOWN);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
