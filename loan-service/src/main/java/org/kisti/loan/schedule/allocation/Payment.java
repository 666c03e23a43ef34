package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money received towards a loan, in the schedule's currency. */
public record Payment(String paymentId, LocalDate paidOn, BigDecimal amount) {
}
