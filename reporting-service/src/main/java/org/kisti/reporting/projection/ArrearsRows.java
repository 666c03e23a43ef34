package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kisti.events.loan.LoanDisbursed.ScheduledInstallment;
import org.kisti.events.loan.PaymentSplit;
import org.kisti.events.loan.Reallocation;

/**
 * The rows arrears are computed from: schedule versions and payment splits per instalment, written one statement at a
 * time in the event's transaction (a reactive session runs one statement at a time).
 */
final class ArrearsRows {

    private ArrearsRows() {}

    /** A schedule version from a reschedule: the loan's report figures then follow the schedule in force each day. */
    static Uni<Void> reschedule(String loanId, LocalDate from, List<ScheduledInstallment> installments) {
        return Statements.execute("update loan set rescheduled = true where loan_id = ?1", loanId)
                .chain(() -> schedule(loanId, from, installments));
    }

    static Uni<Void> schedule(String loanId, LocalDate from, List<ScheduledInstallment> installments) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ScheduledInstallment installment : installments) {
            BigDecimal amount = installment.principal().amount().add(installment.interest().amount())
                    .add(installment.fee().amount());
            chain = chain.chain(() -> Statements.execute("insert into loan_installment (loan_id, version_from, number,"
                    + " due_date, amount) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing", loanId, from,
                    installment.number(), installment.dueDate(), amount));
        }
        return chain;
    }

    /** The splits of one payment, replacing any it had (a redelivered or re-allocated payment). */
    static Uni<Void> splits(String paymentId, String loanId, LocalDate paidOn, List<PaymentSplit> splits) {
        Uni<Void> chain = delete(paymentId);
        if (splits == null) {
            return chain; // a version 1 payment kept no split per instalment
        }
        for (PaymentSplit split : splits) {
            BigDecimal amount = split.fee().amount().add(split.interest().amount()).add(split.principal().amount());
            chain = chain.chain(() -> Statements.execute("insert into loan_split (payment_id, loan_id, number, amount,"
                    + " paid_on) values (?1, ?2, ?3, ?4, ?5)", paymentId, loanId, split.installment(), amount, paidOn));
        }
        return chain;
    }

    /** Later payments whose splits a fact changed keep their dates and take the new splits. */
    static Uni<Void> reallocated(String loanId, List<Reallocation> changed) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Reallocation split : changed) {
            chain = chain.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                            "select paid_on from loan_repayment where payment_id = ?1", LocalDate.class)
                    .setParameter(1, split.paymentId()).getSingleResultOrNull())
                    .chain(paidOn -> paidOn == null ? Uni.createFrom().voidItem()
                            : splits(split.paymentId(), loanId, paidOn, split.splits())));
        }
        return chain;
    }

    static Uni<Void> delete(String paymentId) {
        return Statements.execute("delete from loan_split where payment_id = ?1", paymentId);
    }
}
