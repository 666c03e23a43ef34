package org.kisti.events.collection;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * Staff decided what becomes of a held line's money: applied to a loan (the payment is recorded with it, under
 * {@code movementId}), deposited to or withdrawn from a savings account (savings-service moves it from this fact,
 * under {@code movementId}), or refunded (the cash went back, to her or, for a withdrawal never made, from her).
 * {@code targetId}: the loan or account, null for a refund.
 */
@EventType(name = "org.kisti.loans.HeldCashResolved", version = 1)
public record HeldCashResolved(
        String orgId, String sheetId, int line, String memberId, Resolution resolution, String targetId,
        String movementId, Money amount, String note, String resolvedBy, LocalDate resolvedOn)
        implements CollectionEvent {

    public enum Resolution {
        APPLIED_TO_LOAN,
        DEPOSITED_TO_SAVINGS,
        WITHDRAWN_FROM_SAVINGS,
        REFUNDED
    }

    @Override
    public LocalDate businessDate() {
        return resolvedOn;
    }
}
