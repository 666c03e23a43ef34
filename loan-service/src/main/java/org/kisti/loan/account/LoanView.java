package org.kisti.loan.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.loan.preview.ScheduleView;
import org.kisti.loan.schedule.RepaymentSchedule;

/** A loan as its events say it is now: the fixed schedule, the repayments and the principal still owed. */
@Schema(name = "Loan")
public record LoanView(
        String loanId, String orgId, String memberId, LocalDate disbursedOn, ScheduleView schedule,
        List<InstallmentPaid> repayments, Money principalOutstanding) {

    public static LoanView disbursed(
            String orgId, String loanId, String memberId, LocalDate disbursedOn, RepaymentSchedule schedule) {
        return new LoanView(loanId, orgId, memberId, disbursedOn, ScheduleView.of(schedule), List.of(),
                new Money(schedule.totals().principal(), schedule.currency()));
    }

    static LoanView from(List<LoanEvent> history) {
        LoanView view = null;
        List<InstallmentPaid> repayments = new ArrayList<>();
        for (LoanEvent event : history) {
            if (event instanceof LoanDisbursed disbursed) {
                view = disbursed(disbursed.orgId(), disbursed.loanId(), disbursed.memberId(), disbursed.disbursedOn(),
                        ScheduleFacts.fromEvent(disbursed));
            } else if (event instanceof InstallmentPaid paid) {
                repayments.add(paid);
                view = new LoanView(view.loanId(), view.orgId(), view.memberId(), view.disbursedOn(), view.schedule(),
                        List.copyOf(repayments), paid.principalOutstandingAfter());
            }
        }
        return view;
    }
}
