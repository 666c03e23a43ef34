package org.kisti.loan.servicing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reverse a payment entered wrongly; {@code reversedBy} is the token subject who asked. */
public record ReverseRepayment(String orgId, @TargetAggregateIdentifier String loanId, String paymentId,
        String reason, String reversedBy, LocalDate reversedOn) {}
