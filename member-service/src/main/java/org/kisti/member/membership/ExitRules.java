package org.kisti.member.membership;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kisti.events.KistiEvent;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.eventsourcing.process.Reaction;
import org.kisti.member.membership.MembershipCommands.CompleteExit;

/**
 * When a member's exit completes: once she has asked to leave and nothing of hers is open, neither a loan with
 * principal outstanding nor a savings account still open. Learned from the members, loans and savings topics (facts,
 * not calls: ADR 0010), in whatever order they arrive: a loan closes when repaid, an account when her savings are
 * refunded on exit; a member with neither completes at once.
 */
public final class ExitRules {

    /** What the process knows of one member. */
    public record State(String orgId, boolean exitRequested, Set<String> openLoans, Set<String> openAccounts) {
        static State initial() {
            return new State(null, false, Set.of(), Set.of());
        }
    }

    private ExitRules() {}

    public static Reaction<State> react(State current, KistiEvent fact) {
        State state = current == null ? State.initial() : current;
        State next = state;
        if (fact instanceof MemberExitRequested requested) {
            next = new State(requested.orgId(), true, state.openLoans(), state.openAccounts());
        } else if (fact instanceof LoanDisbursed disbursed) {
            next = new State(state.orgId(), state.exitRequested(), plus(state.openLoans(), disbursed.loanId()),
                    state.openAccounts());
        } else if (fact instanceof InstallmentPaid paid && paid.principalOutstandingAfter().amount().signum() == 0) {
            // Compared by sign, never by equals: 0.00 and 0 are both nothing outstanding.
            next = new State(state.orgId(), state.exitRequested(), minus(state.openLoans(), paid.loanId()),
                    state.openAccounts());
        } else if (fact instanceof LoanRepaid repaid) {
            next = new State(state.orgId(), state.exitRequested(), minus(state.openLoans(), repaid.loanId()),
                    state.openAccounts());
        } else if (fact instanceof LoanWrittenOff writtenOff) {
            // A loan written off is no longer hers to settle before she may leave.
            next = new State(state.orgId(), state.exitRequested(), minus(state.openLoans(), writtenOff.loanId()),
                    state.openAccounts());
        } else if (fact instanceof RepaymentReversed reversed
                && reversed.principalOutstandingAfter().amount().signum() > 0) {
            // A reversed payment can leave principal owed on a loan its last payment seemed to clear.
            next = new State(state.orgId(), state.exitRequested(), plus(state.openLoans(), reversed.loanId()),
                    state.openAccounts());
        } else if (fact instanceof LoanReopened reopened) {
            next = new State(state.orgId(), state.exitRequested(), plus(state.openLoans(), reopened.loanId()),
                    state.openAccounts());
        } else if (fact instanceof SavingsAccountOpened opened) {
            next = new State(state.orgId(), state.exitRequested(), state.openLoans(),
                    plus(state.openAccounts(), opened.accountId()));
        } else if (fact instanceof SavingsAccountClosed closed) {
            next = new State(state.orgId(), state.exitRequested(), state.openLoans(),
                    minus(state.openAccounts(), closed.accountId()));
        }
        if (next.exitRequested() && next.openLoans().isEmpty() && next.openAccounts().isEmpty()) {
            return Reaction.endWith(next, new CompleteExit(next.orgId(), memberOf(fact).orElseThrow()));
        }
        return Reaction.continueWith(next);
    }

    /** The member a fact is about, or empty when it concerns none (a group's fact on the members topic, a group's fund). */
    public static Optional<String> memberOf(KistiEvent fact) {
        if (fact instanceof MemberExitRequested requested) {
            return Optional.of(requested.memberId());
        }
        if (fact instanceof LoanDisbursed disbursed) {
            return Optional.of(disbursed.memberId());
        }
        if (fact instanceof InstallmentPaid paid) {
            return Optional.of(paid.memberId());
        }
        if (fact instanceof LoanRepaid repaid) {
            return Optional.of(repaid.memberId());
        }
        if (fact instanceof LoanReopened reopened) {
            return Optional.of(reopened.memberId());
        }
        if (fact instanceof LoanWrittenOff writtenOff) {
            return Optional.of(writtenOff.memberId());
        }
        if (fact instanceof RepaymentReversed reversed) {
            return Optional.of(reversed.memberId());
        }
        // A group's fund belongs to no member: it never holds up anyone's exit.
        if (fact instanceof SavingsAccountOpened opened) {
            return Optional.ofNullable(opened.memberId());
        }
        if (fact instanceof SavingsAccountClosed closed) {
            return Optional.ofNullable(closed.memberId());
        }
        return Optional.empty();
    }

    private static Set<String> plus(Set<String> ids, String id) {
        Set<String> changed = new TreeSet<>(ids);
        changed.add(id);
        return changed;
    }

    private static Set<String> minus(Set<String> ids, String id) {
        Set<String> changed = new TreeSet<>(ids);
        changed.remove(id);
        return changed;
    }
}
