package org.kisti.loan.schedule.allocation;

/** What applying a payment gives: the new position and how the payment was allocated. */
public record AllocationResult(LoanPosition position, Allocation allocation) {
}
