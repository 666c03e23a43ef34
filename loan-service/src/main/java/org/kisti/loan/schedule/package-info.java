/**
 * The loan schedule engine: pure, deterministic functions over BigDecimal (no I/O, no clock, no
 * randomness, JDK only). {@link org.kisti.loan.schedule.ScheduleCalculator#calculate} turns
 * {@link org.kisti.loan.schedule.LoanTerms} into a {@link org.kisti.loan.schedule.RepaymentSchedule};
 * the {@code allocation} sub-package applies payments to it and reports arrears.
 *
 * <p>Choices where the conventions (loan-service README, "Schedule conventions") left room:
 * <ul>
 * <li>Every "round2(a / b)" and "roundUnit(a / b)" is rounded once from the exact quotient, and
 *     periodic interest round2(O × i) is computed as round2(O × rate / (100 × periodsPerYear)),
 *     so i's own decimal expansion never shifts a cent. Only the annuity factor of
 *     DECLINING_EQUAL_INSTALLMENT uses DECIMAL128.</li>
 * <li>DECLINING_EQUAL_PRINCIPAL rounds its principal to 0.01 as the conventions say; the instalment
 *     rounding unit is validated but not used by that method.</li>
 * <li>rateBasis PER_LOAN is rejected for the declining methods (field {@code rateBasis}).</li>
 * <li>The rate is required (not defaulted to 0) for interest-bearing methods.</li>
 * <li>An UPFRONT service charge must be less than the principal: otherwise nothing is disbursed
 *     and no effective rate exists. A SPREAD charge has no upper bound.</li>
 * <li>A negative part caused by rounding is blamed on: {@code serviceCharge.amount} (fee),
 *     {@code annualInterestRate} (FLAT interest), {@code installmentRounding.unit} (when the unit
 *     is above 0.01 and the method rounds to it), else {@code numberOfInstallments}.</li>
 * <li>"At most 2 decimal places" is judged on the value: 10000.000 is accepted as 10000.00.</li>
 * <li>The rate solver bisects on ln(1 + y) in double with StrictMath and converts with
 *     {@code new BigDecimal(double)}, so the disclosed figures are the same on every JVM.</li>
 * </ul>
 */
package org.kisti.loan.schedule;
