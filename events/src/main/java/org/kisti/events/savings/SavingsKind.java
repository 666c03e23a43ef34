package org.kisti.events.savings;

/**
 * What a savings product is for. Compulsory savings are the group's discipline (paid at every meeting, withdrawn only
 * in an emergency or on exit); voluntary savings come and go; term savings are paid out at maturity.
 */
public enum SavingsKind {
    COMPULSORY,
    VOLUNTARY,
    TERM
}
