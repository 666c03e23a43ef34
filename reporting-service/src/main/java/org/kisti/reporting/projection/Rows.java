package org.kisti.reporting.projection;

import java.time.LocalDate;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsWithdrawn;

/** Event to row, field by field: pure, so the mapping is testable without a database. */
final class Rows {

    private Rows() {}

    static MemberRow member(MemberEnrolled e) {
        MemberRow row = new MemberRow();
        row.memberId = e.memberId();
        row.orgId = e.orgId();
        row.groupId = e.groupId();
        row.enrolledOn = e.enrolledOn();
        return row;
    }

    static SavingsAccountRow savingsAccount(SavingsAccountOpened e) {
        SavingsAccountRow row = new SavingsAccountRow();
        row.accountId = e.accountId();
        row.orgId = e.orgId();
        row.memberId = e.memberId();
        row.groupId = e.groupId();
        row.currency = e.currency();
        row.openedOn = e.openedOn();
        return row;
    }

    static SavingsMovementRow deposit(SavingsDeposited e) {
        SavingsMovementRow row = new SavingsMovementRow();
        row.movementId = e.depositId();
        row.kind = SavingsMovementRow.DEPOSIT;
        row.accountId = e.accountId();
        row.orgId = e.orgId();
        row.amount = e.amount().amount();
        row.currency = e.amount().currency();
        row.movedOn = e.depositedOn();
        return row;
    }

    /** A withdrawal (an exit refund included) as a negative movement, so savings outstanding stays a plain sum. */
    static SavingsMovementRow withdrawal(SavingsWithdrawn e) {
        SavingsMovementRow row = new SavingsMovementRow();
        row.movementId = e.withdrawalId();
        row.kind = SavingsMovementRow.WITHDRAWAL;
        row.accountId = e.accountId();
        row.orgId = e.orgId();
        row.amount = e.amount().amount().negate();
        row.currency = e.amount().currency();
        row.movedOn = e.withdrawnOn();
        return row;
    }

    /** Interest credited: the period's line and its adjustment together, dated the period end (may be negative). */
    static SavingsMovementRow interest(SavingsInterestPosted e) {
        SavingsMovementRow row = new SavingsMovementRow();
        row.movementId = e.postingId();
        row.kind = SavingsMovementRow.INTEREST;
        row.accountId = e.accountId();
        row.orgId = e.orgId();
        row.amount = e.total().amount();
        row.currency = e.total().currency();
        row.movedOn = e.periodEnd();
        return row;
    }

    static LoanRow loan(LoanDisbursed e) {
        LoanRow row = new LoanRow();
        row.loanId = e.loanId();
        row.orgId = e.orgId();
        row.memberId = e.memberId();
        row.principal = e.principal().amount();
        row.currency = e.principal().currency();
        row.disbursedOn = e.disbursedOn();
        if (e.origin() != null) { // a version 1 loan recorded none
            row.productId = e.origin().productId();
            row.fundId = e.origin().fundId();
            row.funderId = e.origin().funderId();
            row.purpose = e.origin().purpose();
        }
        return row;
    }

    static LoanRepaymentRow repayment(InstallmentPaid e) {
        return repayment(e.paymentId(), e.loanId(), e.orgId(), e.principalPaid(), e.interestPaid(), e.feePaid(),
                e.paidOn());
    }

    static LoanRepaymentRow settlement(LoanSettledEarly e) {
        return repayment(e.paymentId(), e.loanId(), e.orgId(), e.principalPaid(), e.interestPaid(), e.feePaid(),
                e.settledOn());
    }

    private static LoanRepaymentRow repayment(String paymentId, String loanId, String orgId, Money principal,
            Money interest, Money fee, LocalDate paidOn) {
        LoanRepaymentRow row = new LoanRepaymentRow();
        row.paymentId = paymentId;
        row.loanId = loanId;
        row.orgId = orgId;
        row.principalPaid = principal.amount();
        row.interestPaid = interest.amount();
        row.feePaid = fee.amount();
        row.currency = principal.currency();
        row.paidOn = paidOn;
        return row;
    }
}
