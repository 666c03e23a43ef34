package org.kisti.loan.schedule.allocation;

/** A payment in a position's history, with the allocation it received when applied. */
public record AppliedPayment(Payment payment, Allocation allocation) {
}
