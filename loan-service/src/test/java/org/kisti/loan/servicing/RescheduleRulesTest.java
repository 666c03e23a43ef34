package org.kisti.loan.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kisti.loan.servicing.Loans.FIRST_DUE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kisti.events.loan.LoanDisbursed.ScheduledInstallment;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.loan.schedule.DueDates;
import org.kisti.loan.schedule.InstallmentRounding;
import org.kisti.loan.schedule.RepaymentFrequency;
import org.kisti.loan.schedule.allocation.Arrears;
import org.kisti.platform.problem.BusinessRuleViolation;

/** A flood stops repayments: KMSS's weekly loan, one instalment paid on 19 January, rescheduled from 1 February. */
class RescheduleRulesTest {

    private static final LocalDate FLOOD = LocalDate.of(2026, 2, 1);
    private static final Reschedule.ProductTerms KMSS = new Reschedule.ProductTerms("FLAT", "PER_LOAN",
            new BigDecimal("12.50"), "WEEKLY", new InstallmentRounding(BigDecimal.ONE, RoundingMode.HALF_UP));
    private final Loans loan = Loans.kmssWeekly();

    @Test
    void aMoratoriumMovesEveryUnpaidInstalmentFromItsDayOnWholeAndLeavesTheOverdueOneWhereItWas() {
        loan.pay("p-1", "245.00", FIRST_DUE);

        LoanRescheduled rescheduled = reschedule("rs-1", Reschedule.Kind.MORATORIUM, 4, FLOOD);

        List<ScheduledInstallment> after = rescheduled.schedule();
        assertThat(after.get(0).dueDate()).isEqualTo(FIRST_DUE); // paid
        assertThat(after.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 1, 26)); // overdue on the day: stays
        assertThat(after.get(2).dueDate()).isEqualTo(LocalDate.of(2026, 3, 2)); // 2 February, 4 weeks later
        loan.history.add(rescheduled);
        // Before the flood the old schedule counts; after it, only instalment 2 is overdue (from 26 January).
        assertThat(Arrears.asOf(loan.state().positionOn(LocalDate.of(2026, 1, 30)), LocalDate.of(2026, 1, 30))
                .daysInArrears()).isEqualTo(4);
        assertThat(Arrears.asOf(loan.state().positionOn(LocalDate.of(2026, 2, 10)), LocalDate.of(2026, 2, 10))
                .overdueAmount()).isEqualByComparingTo("245.00");
    }

    @Test
    void aRestructureKeepsWhatWasPaidAndReamortisesThePrincipalWithTheOverdueInterestFirst() {
        loan.pay("p-1", "245.00", FIRST_DUE);

        LoanRescheduled rescheduled = reschedule("rs-1", Reschedule.Kind.RESTRUCTURE, 20, FLOOD);

        List<ScheduledInstallment> after = rescheduled.schedule();
        assertThat(after).hasSize(21);
        assertThat(after.get(0).principal().amount()).isEqualByComparingTo("217.83");
        assertThat(after.stream().map(i -> i.principal().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("10000.00");
        assertThat(after.get(1).dueDate()).isEqualTo(FLOOD.plusWeeks(1));
        loan.history.add(rescheduled);
        assertThat(loan.state().position().outstanding().principal()).isEqualByComparingTo("9782.17");
    }

    @Test
    void aRescheduleLooksForwardOnAnOpenLoanAndAppliesOnce() {
        loan.pay("p-1", "245.00", FIRST_DUE);

        assertThatThrownBy(() -> reschedule("rs-1", Reschedule.Kind.MORATORIUM, 4, FIRST_DUE.minusDays(1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("effectiveOn");
        assertThatThrownBy(() -> RescheduleRules.reschedule(loan.state(), new Reschedule("org", "l-1", "rs-1", FLOOD,
                "FLOOD", Reschedule.Kind.RESTRUCTURE, 20, RepaymentFrequency.WEEKLY, null, DueDates.Calendar.NONE)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("moratorium");
        loan.history.add(reschedule("rs-1", Reschedule.Kind.MORATORIUM, 4, FLOOD));
        assertThat(reschedule("rs-1", Reschedule.Kind.MORATORIUM, 4, FLOOD)).isNull();
    }

    @Test
    void aMoratoriumKeepsTheTotalPrincipalAndMovesOnlyUnpaidInstalmentsWhateverWasPaid() {
        for (long seed = 1; seed <= 100; seed++) {
            Random random = new Random(seed);
            Loans generated = Loans.kmssWeekly();
            LocalDate last = Loans.DISBURSED;
            for (int step = 0; step < random.nextInt(10); step++) {
                LocalDate on = FIRST_DUE.plusDays(random.nextInt(150));
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(60_000), 2).min(generated.owed());
                generated.pay("p-" + step, amount.toPlainString(), on);
                last = on.isAfter(last) ? on : last;
            }
            LocalDate effective = last.plusDays(random.nextInt(60));
            int periods = 1 + random.nextInt(8);
            var before = generated.state().position();

            LoanRescheduled rescheduled = RescheduleRules.reschedule(generated.state(), new Reschedule("org", "l-1",
                    "rs", effective, "CYCLONE", Reschedule.Kind.MORATORIUM, periods, RepaymentFrequency.WEEKLY, null,
                    DueDates.Calendar.NONE));

            for (int k = 0; k < before.installments().size(); k++) {
                var balance = before.installments().get(k);
                LocalDate due = balance.installment().dueDate();
                boolean moves = !due.isBefore(effective) && !balance.isFullyPaid();
                assertThat(rescheduled.schedule().get(k).dueDate()).as("seed %d instalment %d", seed, k + 1)
                        .isEqualTo(moves ? due.plusWeeks(periods) : due);
                assertThat(rescheduled.schedule().get(k).principal().amount())
                        .isEqualByComparingTo(balance.installment().principal());
            }
        }
    }

    private LoanRescheduled reschedule(String id, Reschedule.Kind kind, int periods, LocalDate on) {
        return RescheduleRules.reschedule(loan.state(), new Reschedule("org", "l-1", id, on, "FLOOD", kind, periods,
                RepaymentFrequency.WEEKLY, KMSS, DueDates.Calendar.NONE));
    }
}
