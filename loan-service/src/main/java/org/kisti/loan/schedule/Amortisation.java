package org.kisti.loan.schedule;

import java.math.BigDecimal;

/**
 * Splits the principal and interest over the instalments, one method per interest method.
 * Periodic interest is round2(O × rate / (100 × periodsPerYear)), rounded once from the exact
 * quotient, which is round2(O × i) without i's own rounding error.
 */
final class Amortisation {

    /** Principal and interest parts, index 0 = instalment 1; both at scale 2. */
    record Parts(BigDecimal[] principal, BigDecimal[] interest) {
        static Parts of(int n) {
            return new Parts(new BigDecimal[n], new BigDecimal[n]);
        }
    }

    private Amortisation() {
    }

    static Parts split(LoanTerms terms) {
        BigDecimal principal = terms.principal().setScale(2);
        int n = terms.numberOfInstallments();
        return switch (terms.interestMethod()) {
            case FLAT -> flat(principal, n, terms);
            case DECLINING_EQUAL_INSTALLMENT -> decliningEqualInstallment(principal, n, terms);
            case DECLINING_EQUAL_PRINCIPAL -> decliningEqualPrincipal(principal, n, terms);
            case INTEREST_FREE -> interestFree(principal, n, terms.installmentRounding());
        };
    }

    private static Parts flat(BigDecimal principal, int n, LoanTerms terms) {
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal rate = terms.annualInterestRate();
        BigDecimal totalInterest = terms.rateBasis() == RateBasis.PER_LOAN
                ? Amounts.round2(principal.multiply(rate), Amounts.HUNDRED)
                : Amounts.round2(principal.multiply(rate).multiply(count), periodDivisor(terms));
        BigDecimal instalment = terms.installmentRounding().roundQuotient(principal.add(totalInterest), count);
        BigDecimal interestEach = Amounts.round2(totalInterest, count);
        BigDecimal principalEach = instalment.subtract(interestEach);
        Parts parts = Parts.of(n);
        for (int k = 0; k < n - 1; k++) {
            parts.principal()[k] = principalEach;
            parts.interest()[k] = interestEach;
        }
        BigDecimal earlier = BigDecimal.valueOf(n - 1L);
        parts.principal()[n - 1] = principal.subtract(principalEach.multiply(earlier));
        parts.interest()[n - 1] = totalInterest.subtract(interestEach.multiply(earlier));
        return parts;
    }

    private static Parts decliningEqualInstallment(BigDecimal principal, int n, LoanTerms terms) {
        BigDecimal rate = terms.annualInterestRate();
        BigDecimal periodDivisor = periodDivisor(terms);
        BigDecimal instalment;
        if (rate.signum() == 0) {
            instalment = terms.installmentRounding().roundQuotient(principal, BigDecimal.valueOf(n));
        } else {
            // A = P·i / (1 − (1 + i)^−n) = P·i·f / (f − 1) with f = (1 + i)^n, all in DECIMAL128.
            BigDecimal i = rate.divide(periodDivisor, Amounts.MATH);
            BigDecimal f = BigDecimal.ONE.add(i).pow(n, Amounts.MATH);
            BigDecimal annuity = principal.multiply(i, Amounts.MATH).multiply(f, Amounts.MATH)
                    .divide(f.subtract(BigDecimal.ONE, Amounts.MATH), Amounts.MATH);
            instalment = terms.installmentRounding().round(annuity);
        }
        Parts parts = Parts.of(n);
        BigDecimal outstanding = principal;
        for (int k = 0; k < n - 1; k++) {
            BigDecimal interest = Amounts.round2(outstanding.multiply(rate), periodDivisor);
            BigDecimal principalPart = instalment.subtract(interest);
            parts.principal()[k] = principalPart;
            parts.interest()[k] = interest;
            outstanding = outstanding.subtract(principalPart);
        }
        parts.principal()[n - 1] = outstanding;
        parts.interest()[n - 1] = Amounts.round2(outstanding.multiply(rate), periodDivisor);
        return parts;
    }

    private static Parts decliningEqualPrincipal(BigDecimal principal, int n, LoanTerms terms) {
        BigDecimal rate = terms.annualInterestRate();
        BigDecimal periodDivisor = periodDivisor(terms);
        // The spec rounds this principal to 0.01, not to the instalment rounding unit.
        BigDecimal principalEach = Amounts.round2(principal, BigDecimal.valueOf(n));
        Parts parts = Parts.of(n);
        BigDecimal outstanding = principal;
        for (int k = 0; k < n; k++) {
            BigDecimal principalPart = k < n - 1 ? principalEach : outstanding;
            parts.principal()[k] = principalPart;
            parts.interest()[k] = Amounts.round2(outstanding.multiply(rate), periodDivisor);
            outstanding = outstanding.subtract(principalPart);
        }
        return parts;
    }

    private static Parts interestFree(BigDecimal principal, int n, InstallmentRounding rounding) {
        BigDecimal principalEach = rounding.roundQuotient(principal, BigDecimal.valueOf(n));
        Parts parts = Parts.of(n);
        for (int k = 0; k < n - 1; k++) {
            parts.principal()[k] = principalEach;
            parts.interest()[k] = Amounts.ZERO;
        }
        parts.principal()[n - 1] = principal.subtract(principalEach.multiply(BigDecimal.valueOf(n - 1L)));
        parts.interest()[n - 1] = Amounts.ZERO;
        return parts;
    }

    /** 100 × periodsPerYear: turns a percentage per year into a fraction per period. */
    private static BigDecimal periodDivisor(LoanTerms terms) {
        return BigDecimal.valueOf(100L * terms.repaymentFrequency().periodsPerYear());
    }
}
