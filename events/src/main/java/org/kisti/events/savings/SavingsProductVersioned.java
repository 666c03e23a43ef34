package org.kisti.events.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.KistiEvent;

/**
 * A version of a savings product, in force from {@code effectiveFrom}: its kind (which says when money may leave),
 * the deposit the collection sheet asks for at each meeting, the balance an account must keep, and its interest
 * policy (annual rate, DAILY_BALANCE or MINIMUM_MONTHLY_BALANCE, MONTHLY to YEARLY postings). A rate change applies
 * from its date only. Version 2 added {@code termMonths}: a TERM product's term, counted from the account's opening,
 * after which its savings may be paid out (null for other kinds, and in v1 records, whose term savings never
 * matured). Published on {@code kisti.savings.v1}, keyed by the product.
 */
@EventType(name = "org.kisti.savings.SavingsProductVersioned", version = 2)
public record SavingsProductVersioned(String orgId, String productId, LocalDate effectiveFrom, String name,
        SavingsKind kind, String currency, BigDecimal minimumDeposit, BigDecimal minimumBalance,
        BigDecimal annualInterestRate, String balanceBasis, String postingPeriod, Integer termMonths)
        implements KistiEvent {

    @Override
    public String aggregateId() {
        return productId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveFrom;
    }
}
