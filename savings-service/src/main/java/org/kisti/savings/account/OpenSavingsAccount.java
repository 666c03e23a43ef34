package org.kisti.savings.account;

import java.time.LocalDate;

/** Open an account; {@code productId} null for an account that follows no savings product. */
public record OpenSavingsAccount(String orgId, String accountId, String memberId, String currency, LocalDate openedOn,
        String productId) {}
