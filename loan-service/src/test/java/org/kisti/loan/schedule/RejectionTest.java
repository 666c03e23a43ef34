package org.kisti.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RejectionTest {

    static Stream<Arguments> invalidTerms() {
        return Stream.of(
                rejected("no principal", t -> t.principal(null), "principal"),
                rejected("zero principal", t -> t.principal("0.00"), "principal"),
                rejected("negative principal", t -> t.principal("-1.00"), "principal"),
                rejected("principal with 3 decimals", t -> t.principal("100.005"), "principal"),
                rejected("no currency", t -> t.currency(null), "currency"),
                rejected("unknown currency", t -> t.currency("XYZ1"), "currency"),
                rejected("lower-case currency", t -> t.currency("bdt"), "currency"),
                rejected("a currency without 2 decimal places", t -> t.currency("JPY"), "currency"),
                rejected("no interest method", t -> t.method(null), "interestMethod"),
                rejected("no rate on a flat loan", t -> t.rate(null), "annualInterestRate"),
                rejected("negative rate", t -> t.rate("-0.01"), "annualInterestRate"),
                rejected("rate above the system maximum", t -> t.rate("100.0001"), "annualInterestRate"),
                rejected("rate with 5 decimals", t -> t.rate("12.00001"), "annualInterestRate"),
                rejected("principal above the system maximum", t -> t.principal("1000000000000.00"), "principal"),
                rejected("charge above the system maximum",
                        t -> t.charge("1000000000000.00", ChargeCollection.SPREAD), "serviceCharge.amount"),
                rejected("disbursement before the business window",
                        t -> t.disbursed(LocalDate.of(1899, 12, 31)), "disbursementDate"),
                rejected("first repayment after the business window",
                        t -> t.firstRepayment(LocalDate.of(2200, 1, 1)), "firstRepaymentDate"),
                rejected("last instalment after the business window",
                        t -> t.disbursed(LocalDate.of(2199, 6, 1)).firstRepayment(LocalDate.of(2199, 6, 15)),
                        "numberOfInstallments"),
                rejected("interest-free with a rate",
                        t -> t.method(InterestMethod.INTEREST_FREE).rate("5"), "annualInterestRate"),
                rejected("declining per loan",
                        t -> t.method(InterestMethod.DECLINING_EQUAL_INSTALLMENT), "rateBasis"),
                rejected("equal principal per loan",
                        t -> t.method(InterestMethod.DECLINING_EQUAL_PRINCIPAL), "rateBasis"),
                rejected("no frequency", t -> t.frequency(null), "repaymentFrequency"),
                rejected("no instalments", t -> t.installments(0), "numberOfInstallments"),
                rejected("negative instalments", t -> t.installments(-3), "numberOfInstallments"),
                rejected("no disbursement date", t -> t.disbursed(null), "disbursementDate"),
                rejected("no first repayment date", t -> t.firstRepayment(null), "firstRepaymentDate"),
                rejected("first repayment on disbursement day",
                        t -> t.firstRepayment(LocalDate.of(2026, 1, 5)), "firstRepaymentDate"),
                rejected("first repayment before disbursement",
                        t -> t.firstRepayment(LocalDate.of(2026, 1, 4)), "firstRepaymentDate"),
                rejected("rounding unit 2", t -> t.rounding("2", RoundingMode.HALF_UP), "installmentRounding.unit"),
                rejected("rounding unit 0.5", t -> t.rounding("0.5", RoundingMode.HALF_UP),
                        "installmentRounding.unit"),
                rejected("rounding mode HALF_EVEN", t -> t.rounding("1", RoundingMode.HALF_EVEN),
                        "installmentRounding.mode"),
                rejected("rounding mode CEILING", t -> t.rounding("1", RoundingMode.CEILING),
                        "installmentRounding.mode"),
                rejected("charge without amount", t -> t.charge(null, ChargeCollection.SPREAD),
                        "serviceCharge.amount"),
                rejected("negative charge", t -> t.charge("-1.00", ChargeCollection.SPREAD), "serviceCharge.amount"),
                rejected("charge with 3 decimals", t -> t.charge("1.001", ChargeCollection.SPREAD),
                        "serviceCharge.amount"),
                rejected("charge without collection", t -> t.charge("100.00", null), "serviceCharge.collection"),
                rejected("upfront charge eats the loan", t -> t.charge("10000.00", ChargeCollection.UPFRONT),
                        "serviceCharge.amount"),
                // 244.565… rounds UP to 250.00: 45 × 222.83 = 10027.35 > 10000, last principal −27.35.
                rejected("unit 10 UP too large for the loan", t -> t.rounding("10", RoundingMode.UP),
                        "installmentRounding.unit"),
                // 100.00 at 1 % per loan, unit 10: I = 1.00, roundUnit(101.00 / 46 = 2.19…) = 0.00, so each
                // principal would be 0.00 − interest 0.02 = −0.02; the unit is to blame.
                rejected("unit 10 on a tiny loan", t -> t.principal("100.00").noCharge().rounding("10", RoundingMode.HALF_UP)
                        .rate("1"), "installmentRounding.unit"),
                // 0.30 / 46 with unit 0.01: round2(0.30 / 46 = 0.0065) = 0.01 each, 45 × 0.01 > 0.30.
                rejected("too many instalments for the principal",
                        t -> t.method(InterestMethod.INTEREST_FREE).rate(null).principal("0.30")
                                .rounding("0.01", RoundingMode.HALF_UP).noCharge(),
                        "numberOfInstallments"),
                // round2(0.30 / 46) = 0.01 each, 45 × 0.01 = 0.45 > 0.30: the last fee would be −0.15.
                rejected("spread charge too small to spread", t -> t.charge("0.30", ChargeCollection.SPREAD),
                        "serviceCharge.amount"),
                // I = 0.30 % of 100.00 = 0.30; round2(0.30 / 46) = 0.01 each, 45 × 0.01 = 0.45 > 0.30.
                rejected("flat interest too small to spread", t -> t.principal("100.00").noCharge().rate("0.30")
                        .rounding("0.01", RoundingMode.HALF_UP), "annualInterestRate"),
                // Declining, A rounded UP to 10 on a tiny loan: the balance is paid off early and goes negative.
                rejected("declining unit too large", t -> t.method(InterestMethod.DECLINING_EQUAL_INSTALLMENT)
                        .basis(RateBasis.PER_YEAR).noCharge().principal("50.00").rate("10").rounding("10", RoundingMode.UP),
                        "installmentRounding.unit"));
    }

    private static Arguments rejected(String why, UnaryOperator<TestLoanTerms> change, String field) {
        return Arguments.of(why, change, field);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("invalidTerms")
    void invalidTermsAreRejectedNamingTheField(String why, UnaryOperator<TestLoanTerms> change, String field) {
        LoanTerms terms = change.apply(TestLoanTerms.kmssWeekly()).build();

        assertThatThrownBy(() -> ScheduleCalculator.calculate(terms))
                .isInstanceOfSatisfying(InvalidLoanTermsException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isNotBlank();
                    assertThat(e.getMessage()).startsWith(field + ": ");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedEdges")
    void edgeTermsThatAreAccepted(String why, UnaryOperator<TestLoanTerms> change) {
        RepaymentSchedule schedule = change.apply(TestLoanTerms.kmssWeekly()).schedule();

        assertThat(schedule.totals().principal()).isEqualByComparingTo(schedule.installments().stream()
                .map(Installment::principal).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static Stream<Arguments> acceptedEdges() {
        return Stream.of(
                Arguments.of("principal with trailing zeros beyond 2 places", (UnaryOperator<TestLoanTerms>) t ->
                        t.principal("10000.000")),
                Arguments.of("zero rate on a flat loan", (UnaryOperator<TestLoanTerms>) t -> t.rate("0")),
                Arguments.of("interest-free with rate 0.00", (UnaryOperator<TestLoanTerms>) t ->
                        t.method(InterestMethod.INTEREST_FREE).rate("0.00")),
                Arguments.of("zero charge", (UnaryOperator<TestLoanTerms>) t ->
                        t.charge("0", ChargeCollection.SPREAD)),
                Arguments.of("rounding unit written 1.0", (UnaryOperator<TestLoanTerms>) t ->
                        t.rounding("1.0", RoundingMode.UP)),
                Arguments.of("defaults when optionals are null", (UnaryOperator<TestLoanTerms>) t ->
                        t.basis(null).rounding((InstallmentRounding) null).noCharge()));
    }
}
