package org.kisti.loan.account;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.loan.preview.ScheduleView;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.servicing.LoanState;

/**
 * A loan as its events say it is now: the fixed schedule, the payments that stand (a reversed one is listed apart),
 * its early settlement if any, the principal still owed, and whether it is ACTIVE, REPAID, SETTLED or WRITTEN_OFF.
 */
@Schema(name = "Loan")
public record LoanView(
        String loanId, String orgId, String memberId, LocalDate disbursedOn, ScheduleView schedule,
        List<InstallmentPaid> repayments, List<RepaymentReversed> reversals, LoanSettledEarly settlement,
        Money principalOutstanding, String status) {

    public static LoanView disbursed(
            String orgId, String loanId, String memberId, LocalDate disbursedOn, RepaymentSchedule schedule) {
        return new LoanView(loanId, orgId, memberId, disbursedOn, ScheduleView.of(schedule), List.of(), List.of(),
                null, new Money(schedule.totals().principal(), schedule.currency()), "ACTIVE");
    }

    static LoanView from(List<LoanEvent> history) {
        LoanState state = LoanState.of(history);
        List<RepaymentReversed> reversals = history.stream().filter(RepaymentReversed.class::isInstance)
                .map(RepaymentReversed.class::cast).toList();
        List<InstallmentPaid> standing = history.stream().filter(InstallmentPaid.class::isInstance)
                .map(InstallmentPaid.class::cast).filter(p -> !state.reversed.containsKey(p.paymentId())).toList();
        LoanSettledEarly settlement = history.stream().filter(LoanSettledEarly.class::isInstance)
                .map(LoanSettledEarly.class::cast).findFirst().orElse(null);
        return new LoanView(state.loanId, state.orgId, state.memberId, state.disbursedOn,
                ScheduleView.of(state.schedule), standing, reversals, settlement,
                state.money(state.position().outstanding().principal()), state.status());
    }
}
