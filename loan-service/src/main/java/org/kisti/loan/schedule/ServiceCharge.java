package org.kisti.loan.schedule;

import java.math.BigDecimal;

/** A fixed service charge (common with qard hasan loans), collected upfront or spread over instalments. */
public record ServiceCharge(BigDecimal amount, ChargeCollection collection) {

    /** No charge at all. */
    public static final ServiceCharge NONE = new ServiceCharge(BigDecimal.ZERO.setScale(2), ChargeCollection.UPFRONT);
}
