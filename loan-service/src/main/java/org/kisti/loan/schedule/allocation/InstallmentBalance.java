package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;
import org.kisti.loan.schedule.Installment;

/** A scheduled instalment and what has been paid towards each of its parts. */
public record InstallmentBalance(Installment installment, BigDecimal feePaid, BigDecimal interestPaid,
        BigDecimal principalPaid) {

    static InstallmentBalance unpaid(Installment installment) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new InstallmentBalance(installment, zero, zero, zero);
    }

    public BigDecimal feeDue() {
        return installment.fee().subtract(feePaid);
    }

    public BigDecimal interestDue() {
        return installment.interest().subtract(interestPaid);
    }

    public BigDecimal principalDue() {
        return installment.principal().subtract(principalPaid);
    }

    /** What is still owed on this instalment. */
    public BigDecimal unpaid() {
        return feeDue().add(interestDue()).add(principalDue());
    }

    public boolean isFullyPaid() {
        return unpaid().signum() == 0;
    }

    InstallmentBalance pay(InstallmentAllocation part) {
        return new InstallmentBalance(installment, feePaid.add(part.fee()), interestPaid.add(part.interest()),
                principalPaid.add(part.principal()));
    }
}
