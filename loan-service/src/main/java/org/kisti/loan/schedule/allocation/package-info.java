/**
 * Payments against a schedule: {@link org.kisti.loan.schedule.allocation.LoanPosition} is an
 * immutable value; {@code apply} returns the next position with the payment's allocation,
 * {@code reverse} replays the other payments in order, and
 * {@link org.kisti.loan.schedule.allocation.Arrears#asOf} reports arrears as of a date from the
 * payments dated on or before it. Payments are applied in the order given and may not go back in
 * date; a back-dated payment or a reversal is a fresh {@code allocated} run over the surviving
 * payments in date order, and a loan replays what it recorded with {@code recorded}. Amounts are in
 * the schedule's currency; the rules' name is {@link org.kisti.loan.schedule.allocation.LoanPosition#RULES}.
 */
package org.kisti.loan.schedule.allocation;
