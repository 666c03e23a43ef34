package org.kisti.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulePropertiesTest {

    private static final int CASES = 5000;
    /** Fields a rounding remainder may be blamed on; every other rejection would be a generator bug. */
    private static final Set<String> REMAINDER_FIELDS = Set.of(
            "installmentRounding.unit", "numberOfInstallments", "serviceCharge.amount", "annualInterestRate");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20260105L, 46L})
    void everyGeneratedScheduleKeepsTheInvariants(long seed) {
        Random random = new Random(seed);
        int accepted = 0;
        for (int c = 0; c < CASES; c++) {
            LoanTerms terms = RandomLoanTerms.next(random);
            RepaymentSchedule schedule;
            try {
                schedule = ScheduleCalculator.calculate(terms);
            } catch (InvalidLoanTermsException e) {
                assertThat(e.field()).as("rejection of %s", terms).isIn(REMAINDER_FIELDS);
                continue;
            }
            accepted++;
            try {
                checkInvariants(terms, schedule);
            } catch (AssertionError e) {
                fail("case " + c + " " + terms + ": " + e.getMessage(), e);
            }
        }
        // Nearly all generated terms are sane; rejections come only from the tiny-loan tail.
        assertThat(accepted).isGreaterThan(CASES * 9 / 10);
    }

    private static void checkInvariants(LoanTerms terms, RepaymentSchedule schedule) {
        List<Installment> installments = schedule.installments();
        assertThat(installments).hasSize(terms.numberOfInstallments());
        BigDecimal principal = BigDecimal.ZERO;
        BigDecimal interest = BigDecimal.ZERO;
        BigDecimal fee = BigDecimal.ZERO;
        for (int k = 0; k < installments.size(); k++) {
            Installment instalment = installments.get(k);
            assertThat(instalment.number()).isEqualTo(k + 1);
            assertThat(instalment.principal().signum()).isNotNegative();
            assertThat(instalment.interest().signum()).isNotNegative();
            assertThat(instalment.fee().signum()).isNotNegative();
            assertThat(instalment.principal().scale()).isEqualTo(2);
            assertThat(instalment.interest().scale()).isEqualTo(2);
            assertThat(instalment.fee().scale()).isEqualTo(2);
            if (k > 0) {
                assertThat(instalment.dueDate()).isAfter(installments.get(k - 1).dueDate());
            }
            principal = principal.add(instalment.principal());
            interest = interest.add(instalment.interest());
            fee = fee.add(instalment.fee());
        }
        assertThat(installments.get(0).dueDate()).isEqualTo(terms.firstRepaymentDate());
        assertThat(principal).isEqualTo(terms.principal().setScale(2));
        assertThat(schedule.totals().principal()).isEqualTo(principal);
        assertThat(schedule.totals().interest()).isEqualTo(interest);
        assertThat(schedule.totals().fee()).isEqualTo(fee);
        assertThat(schedule.totals().total()).isEqualTo(principal.add(interest).add(fee));
        BigDecimal charge = terms.serviceCharge().amount().setScale(2);
        if (terms.serviceCharge().collection() == ChargeCollection.SPREAD) {
            assertThat(fee).isEqualTo(charge);
            assertThat(schedule.upfrontCharge()).isEqualTo("0.00");
        } else {
            assertThat(fee).isEqualTo("0.00");
            assertThat(schedule.upfrontCharge()).isEqualTo(charge);
        }
        if (terms.interestMethod() == InterestMethod.INTEREST_FREE) {
            assertThat(interest).isEqualTo("0.00");
        }
        assertThat(schedule.effectiveAnnualRate().signum()).isNotNegative();
        assertThat(schedule.nominalAnnualRate()).isLessThanOrEqualTo(schedule.effectiveAnnualRate());
        assertThat(schedule.calculator()).isEqualTo(ScheduleCalculator.VERSION);
        assertThat(ScheduleCalculator.calculate(terms)).isEqualTo(schedule);
    }
}
