package org.kisti.events.origination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;

/**
 * A version of a loan product, in force for applications approved on or after {@code effectiveFrom} (a loan already
 * approved keeps the version it was approved under). The schedule terms are the schedule engine's; the rest are the
 * rules an application is judged by. {@code highestEffectiveAnnualRate} is the highest rate disclosed over the
 * allowed amounts and numbers of instalments, as computed when the version was set, checked against the cap.
 *
 * @param serviceChargePercent an upfront charge as a percentage of the amount (0 for none)
 * @param savingsPercent the savings a member must hold, as a percentage of the amount (0 for none)
 * @param cycleCaps the most a loan of each cycle may be; the last cap holds for every later cycle
 * @param roundingUnit and {@code roundingMode}: how the schedule engine rounds instalments (e.g. 1, HALF_UP)
 * @param rebatePolicy on early settlement, PRO_RATA (interest not yet earned is rebated) or NONE (a FLAT loan owes
 *     all its remaining interest); version 2, and every version 1 record reads as PRO_RATA
 * @param holidayRule where a due date that falls on a holiday goes: NEXT_MEETING_DAY (the group's), NEXT_WORKING_DAY,
 *     or STAYS; version 2, and every version 1 record reads as STAYS
 */
@EventType(name = "org.kisti.loans.LoanProductVersioned", version = 2)
public record LoanProductVersioned(String orgId, String productId, LocalDate effectiveFrom, String name,
        String currency, BigDecimal minAmount, BigDecimal maxAmount, List<Integer> installments, String frequency,
        String interestMethod, String rateBasis, BigDecimal annualInterestRate, BigDecimal serviceChargePercent,
        int minDaysToFirstRepayment, BigDecimal savingsPercent, boolean trainingRequired, int maxActiveLoans,
        List<CycleCap> cycleCaps, List<String> funds, List<String> purposes, boolean makerChecker,
        BigDecimal roundingUnit, String roundingMode, BigDecimal highestEffectiveAnnualRate, String rebatePolicy,
        String holidayRule)
        implements OriginationEvent {

    /** The most a loan of {@code cycle} (1 for her first) may be. */
    public record CycleCap(int cycle, BigDecimal maxAmount) {}

    public LoanProductVersioned {
        installments = List.copyOf(installments);
        cycleCaps = List.copyOf(cycleCaps);
        funds = List.copyOf(funds);
        purposes = List.copyOf(purposes);
    }

    @Override
    public String aggregateId() {
        return productId;
    }

    @Override
    public LocalDate businessDate() {
        return effectiveFrom;
    }
}
