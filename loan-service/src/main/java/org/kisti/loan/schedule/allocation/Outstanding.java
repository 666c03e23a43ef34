package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;

/** What is still owed on the whole schedule, part by part (the upfront charge is never owed here). */
public record Outstanding(BigDecimal principal, BigDecimal interest, BigDecimal fee) {

    public BigDecimal total() {
        return principal.add(interest).add(fee);
    }
}
