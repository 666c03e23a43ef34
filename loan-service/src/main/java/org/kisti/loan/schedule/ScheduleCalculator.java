package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns loan terms into a repayment schedule. Pure and deterministic: no clock, no I/O, same
 * terms and same {@link #VERSION} always give the same schedule.
 */
public final class ScheduleCalculator {

    /** Stored with every schedule; bump it whenever any figure this class produces could change. */
    public static final String VERSION = "kisti-schedule/1";

    private ScheduleCalculator() {
    }

    /** @throws InvalidLoanTermsException naming the field, when the terms break a rule */
    public static RepaymentSchedule calculate(LoanTerms terms) {
        LoanTermsValidator.validate(terms);
        int n = terms.numberOfInstallments();
        Amortisation.Parts parts = Amortisation.split(terms);
        BigDecimal[] fees = spreadFees(terms.serviceCharge(), n);
        RepaymentFrequency frequency = terms.repaymentFrequency();
        List<Installment> installments = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            LocalDate due = frequency.dueDate(terms.firstRepaymentDate(), k);
            Installment instalment = new Installment(k + 1, due, parts.principal()[k], parts.interest()[k], fees[k]);
            rejectNegativeParts(terms, instalment);
            installments.add(instalment);
        }
        BigDecimal upfront = terms.serviceCharge().collection() == ChargeCollection.UPFRONT
                ? terms.serviceCharge().amount().setScale(2)
                : Amounts.ZERO;
        BigDecimal netDisbursed = terms.principal().subtract(upfront);
        RateDisclosure.Rates rates = RateDisclosure.disclose(
                terms.disbursementDate(), installments, netDisbursed, frequency.periodsPerYear());
        return new RepaymentSchedule(terms.currency(), installments, Totals.of(installments), upfront,
                rates.nominalAnnualRate(), rates.effectiveAnnualRate(), VERSION);
    }

    private static BigDecimal[] spreadFees(ServiceCharge charge, int n) {
        BigDecimal[] fees = new BigDecimal[n];
        if (charge.collection() == ChargeCollection.UPFRONT) {
            Arrays.fill(fees, Amounts.ZERO);
            return fees;
        }
        BigDecimal amount = charge.amount().setScale(2);
        BigDecimal each = Amounts.round2(amount, BigDecimal.valueOf(n));
        Arrays.fill(fees, 0, n - 1, each);
        fees[n - 1] = amount.subtract(each.multiply(BigDecimal.valueOf(n - 1L)));
        return fees;
    }

    /** Rounding can push a remainder below zero on small loans; name the term that caused it. */
    private static void rejectNegativeParts(LoanTerms terms, Installment instalment) {
        String where = "instalment " + instalment.number() + " of " + terms.numberOfInstallments();
        if (instalment.fee().signum() < 0) {
            throw new InvalidLoanTermsException("serviceCharge.amount", "too small to spread over "
                    + terms.numberOfInstallments() + " instalments: " + where + " would have a negative fee ("
                    + instalment.fee().toPlainString() + ")");
        }
        boolean negativePrincipal = instalment.principal().signum() < 0;
        boolean negativeInterest = instalment.interest().signum() < 0;
        if (!negativePrincipal && !negativeInterest) {
            return;
        }
        String part = negativePrincipal ? "principal" : "interest";
        String amount = (negativePrincipal ? instalment.principal() : instalment.interest()).toPlainString();
        // FLAT interest only goes negative when the total interest is too small to share out.
        if (!negativePrincipal && terms.interestMethod() == InterestMethod.FLAT) {
            throw new InvalidLoanTermsException("annualInterestRate", "gives too little interest to spread over "
                    + terms.numberOfInstallments() + " instalments: " + where + " would have a negative interest ("
                    + amount + ")");
        }
        boolean roundedToUnit = terms.interestMethod() != InterestMethod.DECLINING_EQUAL_PRINCIPAL;
        BigDecimal unit = terms.installmentRounding().unit();
        if (roundedToUnit && unit.compareTo(new BigDecimal("0.01")) > 0) {
            throw new InvalidLoanTermsException("installmentRounding.unit", "rounding unit "
                    + unit.stripTrailingZeros().toPlainString() + " " + terms.installmentRounding().mode()
                    + " is too large for this loan: " + where + " would have a negative " + part + " (" + amount + ")");
        }
        throw new InvalidLoanTermsException("numberOfInstallments", "too many instalments for the principal: "
                + where + " would have a negative " + part + " (" + amount + ")");
    }
}
