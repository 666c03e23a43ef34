package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;
import java.util.List;

/** How one payment was split: per instalment, in due-date order, and in total per part. */
public record Allocation(String paymentId, List<InstallmentAllocation> installments, BigDecimal feePaid,
        BigDecimal interestPaid, BigDecimal principalPaid) {

    public Allocation {
        installments = List.copyOf(installments);
    }

    public static Allocation of(String paymentId, List<InstallmentAllocation> installments) {
        BigDecimal fee = BigDecimal.ZERO.setScale(2);
        BigDecimal interest = fee;
        BigDecimal principal = fee;
        for (InstallmentAllocation part : installments) {
            fee = fee.add(part.fee());
            interest = interest.add(part.interest());
            principal = principal.add(part.principal());
        }
        return new Allocation(paymentId, installments, fee, interest, principal);
    }

    public BigDecimal total() {
        return feePaid.add(interestPaid).add(principalPaid);
    }
}
