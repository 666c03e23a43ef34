package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One scheduled instalment; amounts at scale 2 in the schedule's currency. */
public record Installment(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest, BigDecimal fee) {

    public BigDecimal total() {
        return principal.add(interest).add(fee);
    }
}
