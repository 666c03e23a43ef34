package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.util.List;

/** Sums over a schedule's instalments (the upfront charge is not included). */
public record Totals(BigDecimal principal, BigDecimal interest, BigDecimal fee, BigDecimal total) {

    public static Totals of(List<Installment> installments) {
        BigDecimal principal = Amounts.ZERO;
        BigDecimal interest = Amounts.ZERO;
        BigDecimal fee = Amounts.ZERO;
        for (Installment i : installments) {
            principal = principal.add(i.principal());
            interest = interest.add(i.interest());
            fee = fee.add(i.fee());
        }
        return new Totals(principal, interest, fee, principal.add(interest).add(fee));
    }
}
