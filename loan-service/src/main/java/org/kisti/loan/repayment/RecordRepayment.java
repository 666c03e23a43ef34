package org.kisti.loan.repayment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;

public record RecordRepayment(
        String orgId, @TargetAggregateIdentifier String loanId, String paymentId, Money amount, LocalDate paidOn) {}
