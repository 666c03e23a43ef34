package org.kisti.loan.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kisti.events.Money;
import org.kisti.events.origination.FundRegistered;
import org.kisti.events.origination.LoanApplied;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.events.origination.LoanProductVersioned.CycleCap;

/**
 * An object mother for origination facts: KMSS's Jagoron product (Tk 10,000–500,000 over 46 weekly instalments at
 * 12.5 % flat per loan, 10 % savings, trained members only, one loan at a time, cycle caps 30,000 / 50,000 /
 * 100,000), its AB Bank fund, and Rahima's application for Tk 10,000 of it.
 */
final class Products {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate APPLIED = LocalDate.of(2026, 2, 2);

    private Products() {}

    static LoanProductVersioned jagoron() {
        return new LoanProductVersioned("org", "prod-1", FROM, "Jagoron", "BDT", new BigDecimal("10000.00"),
                new BigDecimal("500000.00"), List.of(46), "WEEKLY", "FLAT", "PER_LOAN", new BigDecimal("12.50"),
                new BigDecimal("1.00"), 15, new BigDecimal("10.00"), true, 1,
                List.of(new CycleCap(1, new BigDecimal("30000.00")), new CycleCap(2, new BigDecimal("50000.00")),
                        new CycleCap(3, new BigDecimal("100000.00"))),
                List.of("fund-ab"), List.of("POULTRY", "COW_REARING"), true, BigDecimal.ONE, "HALF_UP",
                new BigDecimal("26.46"), "PRO_RATA", "STAYS");
    }

    static FundRegistered abBank() {
        return new FundRegistered("org", "fund-ab", "AB Bank line", "ab-bank", "BDT", FROM);
    }

    static LoanApplied application(String amount) {
        return new LoanApplied("org", "a-1", "m-1", "prod-1", Money.of(amount, "BDT"), 46, "POULTRY", "fund-ab",
                APPLIED, APPLIED.plusDays(7), APPLIED.plusDays(22), "officer-1");
    }

    /** Everything in order: an active, trained member with 1,000 saved, no loan open, on her first cycle. */
    static ApprovalRules.Seen eligible() {
        return new ApprovalRules.Seen(jagoron(), "ACTIVE", 0, 1, 8, 8, new BigDecimal("1000.00"), abBank());
    }
}
