package org.kisti.loan.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;

/** What may be asked of a loan application; each carries its date, its user, and what the asker saw. */
public final class ApplicationCommands {

    private ApplicationCommands() {}

    public record Apply(String orgId, String applicationId, String memberId, String productId, Money amount,
            int installments, String purpose, String fundId, LocalDate appliedOn, LocalDate disbursementDate,
            LocalDate firstRepaymentDate, String appliedBy) {}

    /** {@code seen}: every fact the approval is judged on, read by the edge from this service's own tables. */
    public record Approve(String orgId, @TargetAggregateIdentifier String applicationId, LocalDate approvedOn,
            String approvedBy, ApprovalRules.Seen seen) {}

    public record Withdraw(String orgId, @TargetAggregateIdentifier String applicationId, LocalDate withdrawnOn,
            String reason, String recordedBy) {}

    public record Reject(String orgId, @TargetAggregateIdentifier String applicationId, LocalDate rejectedOn,
            String reason, String rejectedBy) {}
}
