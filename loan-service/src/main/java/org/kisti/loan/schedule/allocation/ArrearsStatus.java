package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;

/**
 * A loan's arrears as of a date. {@code nextInstallmentDue} is the first instalment with an
 * unpaid part due on or after that date, with what has been paid towards it, or null if none.
 */
public record ArrearsStatus(BigDecimal overdueAmount, long daysInArrears, InstallmentBalance nextInstallmentDue,
        BigDecimal outstandingPrincipal, BigDecimal outstandingInterest, BigDecimal outstandingFee) {
}
