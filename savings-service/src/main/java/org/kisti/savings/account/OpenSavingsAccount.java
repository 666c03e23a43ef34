package org.kisti.savings.account;

import java.time.LocalDate;

/**
 * Open an account for a member ({@code memberId}) or as a group's fund ({@code groupId}): exactly one of the two;
 * {@code productId} null for an account that follows no savings product.
 */
public record OpenSavingsAccount(String orgId, String accountId, String memberId, String groupId, String currency,
        LocalDate openedOn, String productId) {}
