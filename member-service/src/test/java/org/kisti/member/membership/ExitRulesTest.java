package org.kisti.member.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.member.ExitReason;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.eventsourcing.process.Reaction;
import org.kisti.member.membership.MembershipCommands.CompleteExit;

class ExitRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final MemberExitRequested EXIT = new MemberExitRequested("org", "m-1", ExitReason.MIGRATION, DAY);

    @Test
    void anExitWithNothingOpenCompletesAtOnce() {
        Reaction<ExitRules.State> reaction = ExitRules.react(null, EXIT);

        assertThat(reaction.ended()).isTrue();
        assertThat(reaction.commands()).containsExactly(new CompleteExit("org", "m-1"));
    }

    @Test
    void anExitWaitsForHerLoanAndCompletesWhenItsPrincipalIsRepaid() {
        ExitRules.State withLoan = ExitRules.react(null, loan()).state();

        Reaction<ExitRules.State> requested = ExitRules.react(withLoan, EXIT);
        assertThat(requested.commands()).isEmpty();
        assertThat(ExitRules.react(requested.state(), paid("100.00")).commands()).isEmpty();

        Reaction<ExitRules.State> settled = ExitRules.react(requested.state(), paid("0.00"));
        assertThat(settled.ended()).isTrue();
        assertThat(settled.commands()).containsExactly(new CompleteExit("org", "m-1"));
    }

    @Test
    void anExitWaitsForHerSavingsToBeRefundedAndTheAccountClosed() {
        ExitRules.State withAccount = ExitRules.react(null,
                new SavingsAccountOpened("org", "s-1", "m-1", null, "BDT", DAY.minusYears(1), null)).state();

        Reaction<ExitRules.State> requested = ExitRules.react(withAccount, EXIT);
        assertThat(requested.commands()).isEmpty();
        assertThat(ExitRules.react(requested.state(), new SavingsAccountClosed("org", "s-1", "m-1", DAY)).commands())
                .containsExactly(new CompleteExit("org", "m-1"));
    }

    @Test
    void aLoanReopenedByAReversalHoldsHerExitAgain() {
        ExitRules.State repaid = ExitRules.react(ExitRules.react(null, loan()).state(), paid("0.00")).state();
        ExitRules.State reopened = ExitRules.react(repaid, new LoanReopened("org", "l-1", "m-1", "p-0.00",
                DAY.minusDays(1))).state();

        Reaction<ExitRules.State> requested = ExitRules.react(reopened, EXIT);

        assertThat(requested.commands()).isEmpty();
        assertThat(requested.state().openLoans()).containsExactly("l-1");
    }

    @Test
    void anExitWaitingForALoanCompletesWhenTheLoanIsWrittenOff() {
        ExitRules.State requested = ExitRules.react(ExitRules.react(null, loan()).state(), EXIT).state();

        Reaction<ExitRules.State> writtenOff = ExitRules.react(requested, new LoanWrittenOff("org", "l-1", "m-1", DAY,
                Money.of("900.00", "BDT"), Money.zero("BDT"), Money.zero("BDT"), 730, 730, "Lost", "manager-7",
                List.of()));

        assertThat(writtenOff.commands()).containsExactly(new CompleteExit("org", "m-1"));
    }

    @Test
    void aFactAboutNoMemberBelongsToNoInstance() {
        assertThat(ExitRules.memberOf(new org.kisti.events.organisation.GroupClosed("org", "g-1", DAY))).isEmpty();
    }

    private static LoanDisbursed loan() {
        return new LoanDisbursed("org", "l-1", "m-1", Money.of("1000.00", "BDT"), Money.zero("BDT"),
                DAY.minusMonths(6), List.of(), "kisti-schedule/1", java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null);
    }

    private static InstallmentPaid paid(String outstanding) {
        return new InstallmentPaid("org", "l-1", "m-1", "p-" + outstanding, Money.of("100.00", "BDT"),
                Money.zero("BDT"), Money.zero("BDT"), Money.of("100.00", "BDT"), Money.of(outstanding, "BDT"),
                DAY.minusDays(1), "kisti-allocation/1", List.of(), List.of());
    }
}
