package org.kisti.events.savings;

/**
 * Why savings left an account: a withdrawal the product allows at any time, an emergency (the only one compulsory
 * savings allow while she is a member), or the refund of everything when she leaves.
 */
public enum WithdrawalKind {
    REGULAR,
    EMERGENCY,
    EXIT_REFUND
}
