package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;

/** The share of one payment that went to one instalment, part by part. */
public record InstallmentAllocation(int installmentNumber, BigDecimal fee, BigDecimal interest, BigDecimal principal) {

    public BigDecimal total() {
        return fee.add(interest).add(principal);
    }
}
