package org.kisti.loan.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kisti.loan.servicing.Loans.FIRST_DUE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.loan.schedule.allocation.AppliedPayment;
import org.kisti.loan.schedule.allocation.LoanPosition;
import org.kisti.platform.problem.BusinessRuleViolation;

class RepaymentRulesTest {

    private final Loans loan = Loans.kmssWeekly();

    @Test
    void aPaymentDatedBeforeOneAlreadyRecordedIsAllocatedFirstAndTheLaterOnesChangedSplitIsRecorded() {
        loan.pay("p-late", "245.00", FIRST_DUE);

        InstallmentPaid early = (InstallmentPaid) loan.pay("p-early", "100.00", FIRST_DUE.minusDays(2)).get(0);

        // The early one now pays instalment 1's interest (27.17) and 72.83 of its principal ...
        assertThat(early.interestPaid()).isEqualTo(Money.of("27.17", "BDT"));
        assertThat(early.principalPaid()).isEqualTo(Money.of("72.83", "BDT"));
        // ... so the later one finishes instalment 1's principal and goes on into instalment 2.
        assertThat(early.reallocated()).singleElement().satisfies(changed -> {
            assertThat(changed.paymentId()).isEqualTo("p-late");
            assertThat(changed.splits()).extracting(s -> s.installment()).containsExactly(1, 2);
            assertThat(changed.splits().get(0).principal()).isEqualTo(Money.of("145.00", "BDT"));
        });
        assertThat(loan.state().position()).isEqualTo(freshAllocationOf(loan.state()));
    }

    @Test
    void aReversedPaymentLeavesTheLoanExactlyAsIfItHadNeverBeenMade() {
        loan.pay("p-1", "245.00", FIRST_DUE);
        loan.pay("p-2", "245.00", FIRST_DUE.plusWeeks(1));
        loan.pay("p-3", "100.00", FIRST_DUE.plusWeeks(2));

        RepaymentReversed reversal = (RepaymentReversed) loan.reverse("p-1", FIRST_DUE.plusWeeks(3)).get(0);

        assertThat(reversal.reallocated()).extracting(r -> r.paymentId()).containsExactly("p-2", "p-3");
        Loans never = Loans.kmssWeekly();
        never.pay("p-2", "245.00", FIRST_DUE.plusWeeks(1));
        never.pay("p-3", "100.00", FIRST_DUE.plusWeeks(2));
        assertThat(loan.state().position().installments()).isEqualTo(never.state().position().installments());
        assertThat(reversal.principalOutstandingAfter().amount())
                .isEqualByComparingTo(never.state().position().outstanding().principal());
    }

    @Test
    void aReversedPaymentIsNeverReversedAgain() {
        loan.pay("p-1", "245.00", FIRST_DUE);
        loan.reverse("p-1", FIRST_DUE.plusDays(1));

        assertThatThrownBy(() -> loan.reverse("p-1", FIRST_DUE.plusDays(2)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already reversed");
    }

    @Test
    void aReversalIsNotDatedBeforeThePaymentItReverses() {
        loan.pay("p-1", "245.00", FIRST_DUE);

        assertThatThrownBy(() -> loan.reverse("p-1", FIRST_DUE.minusDays(1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("reversedOn");
    }

    @Test
    void reversingAPaymentOfARepaidLoanReopensIt() {
        loan.pay("p-1", "245.00", FIRST_DUE);
        List<LoanEvent> closing = loan.pay("p-all", loan.owed().toPlainString(), FIRST_DUE.plusWeeks(1));
        assertThat(closing).last().isEqualTo(new LoanRepaid("org", "l-1", "m-1", FIRST_DUE.plusWeeks(1)));

        List<LoanEvent> reversal = loan.reverse("p-1", FIRST_DUE.plusWeeks(2));

        assertThat(reversal).last().isEqualTo(new LoanReopened("org", "l-1", "m-1", "p-1", FIRST_DUE.plusWeeks(2)));
        assertThat(loan.state().closed).isFalse();
        assertThat(loan.owed()).isEqualByComparingTo("245.00");
    }

    @Test
    void aPaymentAboveWhatIsOwedIsRefusedNamingWhatIsOwed() {
        assertThatThrownBy(() -> loan.pay("p-1", "11250.01", FIRST_DUE))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("11250.00");
    }

    @Test
    void aBackDatedLastPaymentClosesTheLoanOnTheLatestPaymentDate() {
        loan.pay("p-1", "245.00", FIRST_DUE.plusWeeks(4));

        List<LoanEvent> events = loan.pay("p-0", loan.owed().toPlainString(), FIRST_DUE);

        assertThat(events).last().isEqualTo(new LoanRepaid("org", "l-1", "m-1", FIRST_DUE.plusWeeks(4)));
    }

    static LoanPosition freshAllocationOf(LoanState state) {
        return LoanPosition.allocated(state.schedule, state.payments.stream().map(AppliedPayment::payment).toList());
    }
}
