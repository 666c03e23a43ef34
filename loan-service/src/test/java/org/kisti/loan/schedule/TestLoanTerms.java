package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Object mother for loan terms: the KMSS-style weekly flat loan, adjusted per test. */
public final class TestLoanTerms {

    private BigDecimal principal = new BigDecimal("10000.00");
    private String currency = "BDT";
    private InterestMethod method = InterestMethod.FLAT;
    private RateBasis basis = RateBasis.PER_LOAN;
    private BigDecimal rate = new BigDecimal("12.50");
    private RepaymentFrequency frequency = RepaymentFrequency.WEEKLY;
    private int installments = 46;
    private LocalDate disbursed = LocalDate.of(2026, 1, 5);
    private LocalDate firstRepayment = LocalDate.of(2026, 1, 19);
    private InstallmentRounding rounding = InstallmentRounding.DEFAULT;
    private ServiceCharge charge = new ServiceCharge(new BigDecimal("100.00"), ChargeCollection.UPFRONT);

    private TestLoanTerms() {
    }

    /** The worked example of the schedule conventions: 10000.00 BDT, FLAT 12.50 per loan, 46 weekly, 100.00 upfront. */
    public static TestLoanTerms kmssWeekly() {
        return new TestLoanTerms();
    }

    /** A plain monthly declining-balance loan with no charge. */
    public static TestLoanTerms monthlyDeclining(String principal, String rate, int installments) {
        return new TestLoanTerms().principal(principal).method(InterestMethod.DECLINING_EQUAL_INSTALLMENT)
                .basis(RateBasis.PER_YEAR).rate(rate).frequency(RepaymentFrequency.MONTHLY)
                .installments(installments).firstRepayment(LocalDate.of(2026, 2, 5)).noCharge();
    }

    public TestLoanTerms principal(String value) {
        principal = value == null ? null : new BigDecimal(value);
        return this;
    }

    public TestLoanTerms currency(String value) {
        currency = value;
        return this;
    }

    public TestLoanTerms method(InterestMethod value) {
        method = value;
        return this;
    }

    public TestLoanTerms basis(RateBasis value) {
        basis = value;
        return this;
    }

    public TestLoanTerms rate(String value) {
        rate = value == null ? null : new BigDecimal(value);
        return this;
    }

    public TestLoanTerms frequency(RepaymentFrequency value) {
        frequency = value;
        return this;
    }

    public TestLoanTerms installments(int value) {
        installments = value;
        return this;
    }

    public TestLoanTerms disbursed(LocalDate value) {
        disbursed = value;
        return this;
    }

    public TestLoanTerms firstRepayment(LocalDate value) {
        firstRepayment = value;
        return this;
    }

    public TestLoanTerms rounding(String unit, RoundingMode mode) {
        rounding = new InstallmentRounding(new BigDecimal(unit), mode);
        return this;
    }

    public TestLoanTerms rounding(InstallmentRounding value) {
        rounding = value;
        return this;
    }

    public TestLoanTerms charge(String amount, ChargeCollection collection) {
        charge = new ServiceCharge(amount == null ? null : new BigDecimal(amount), collection);
        return this;
    }

    public TestLoanTerms noCharge() {
        charge = null;
        return this;
    }

    public LoanTerms build() {
        return new LoanTerms(principal, currency, method, basis, rate, frequency, installments, disbursed,
                firstRepayment, rounding, charge);
    }

    public RepaymentSchedule schedule() {
        return ScheduleCalculator.calculate(build());
    }
}
