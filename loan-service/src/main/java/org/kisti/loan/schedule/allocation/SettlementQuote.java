package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What settles a loan early on {@code on}: the principal, interest and fee owed that day ({@code paid}, per
 * instalment), and what is rebated ({@code rebated}, per instalment: interest not yet earned and fees not yet due).
 */
public record SettlementQuote(LocalDate on, BigDecimal principal, BigDecimal interest, BigDecimal fee,
        BigDecimal interestRebated, BigDecimal feeRebated, List<InstallmentAllocation> paid,
        List<InstallmentAllocation> rebated) {

    public SettlementQuote {
        paid = List.copyOf(paid);
        rebated = List.copyOf(rebated);
    }

    /** The one amount that settles the loan on the day. */
    public BigDecimal total() {
        return principal.add(interest).add(fee);
    }
}
