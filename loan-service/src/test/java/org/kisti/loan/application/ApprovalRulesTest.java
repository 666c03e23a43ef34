package org.kisti.loan.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.events.origination.LoanApplied;
import org.kisti.platform.problem.FieldViolation;

class ApprovalRulesTest {

    private static final java.time.LocalDate APPROVED = Products.APPLIED.plusDays(3);

    @Test
    void aTrainedActiveMemberSavingTenPercentOnHerFirstCycleIsApproved() {
        assertThat(judge(Products.application("10000.00"), Products.eligible())).isEmpty();
    }

    @Test
    void savingsBelowTheRequirementAreRefusedNamingTheBalanceJudged() {
        List<FieldViolation> broken = judge(Products.application("10000.00"), seen(8, 8, "800.00", 0, 1, "ACTIVE"));

        assertThat(broken).extracting(FieldViolation::rule)
                .containsExactly("needs savings of 1000.00 (10 %); her savings on " + APPROVED + " were 800.00");
    }

    @Test
    void aSecondCycleLoanAboveItsCapIsRefused() {
        assertThat(judge(Products.application("60000.00"), seen(8, 8, "6000.00", 0, 2, "ACTIVE")))
                .extracting(FieldViolation::rule)
                .containsExactly("60000.00 is above the cap for her loan cycle 2, 50000.00");
    }

    @Test
    void cyclesBeyondTheLastCapTakeTheLastCap() {
        assertThat(ApprovalRules.capFor(Products.jagoron().cycleCaps(), 7)).isEqualByComparingTo("100000.00");
    }

    @Test
    void aMemberWithoutEnoughTrainingIsRefusedWhenTheProductNeedsIt() {
        assertThat(judge(Products.application("10000.00"), seen(4, 8, "1000.00", 0, 1, "ACTIVE")))
                .extracting(FieldViolation::field).containsExactly("memberId");
    }

    @Test
    void aMemberWithALoanOpenIsRefusedWhenTheProductAllowsOne() {
        assertThat(judge(Products.application("10000.00"), seen(8, 8, "1000.00", 1, 2, "ACTIVE")))
                .extracting(FieldViolation::rule).containsExactly("has 1 active loans; the product allows 1");
    }

    @Test
    void aMemberWhoIsLeavingIsRefused() {
        assertThat(judge(Products.application("10000.00"), seen(8, 8, "1000.00", 0, 1, "LEAVING")))
                .extracting(FieldViolation::rule).containsExactly("is not an active member (LEAVING)");
    }

    @Test
    void aPurposeOrNumberOfInstalmentsTheProductDoesNotAllowIsRefused() {
        LoanApplied sewing = new LoanApplied("org", "a-1", "m-1", "prod-1", Products.application("10000.00").amount(),
                52, "SEWING", "fund-ab", Products.APPLIED, Products.APPLIED.plusDays(7), Products.APPLIED.plusDays(22),
                "officer-1");

        assertThat(judge(sewing, Products.eligible())).extracting(FieldViolation::field)
                .containsExactly("installments", "purpose");
    }

    @Test
    void aFirstRepaymentSoonerThanTheProductAllowsIsRefused() {
        LoanApplied early = new LoanApplied("org", "a-1", "m-1", "prod-1", Products.application("10000.00").amount(),
                46, "POULTRY", "fund-ab", Products.APPLIED, Products.APPLIED.plusDays(7), Products.APPLIED.plusDays(14),
                "officer-1");

        assertThat(judge(early, Products.eligible())).extracting(FieldViolation::field)
                .containsExactly("firstRepaymentDate");
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        assertThat(judge(Products.application("600000.00"), seen(0, 8, "0.00", 1, 1, "ACTIVE")))
                .extracting(FieldViolation::field)
                .containsExactly("amount", "amount", "memberId", "memberId", "amount");
    }

    private static List<FieldViolation> judge(LoanApplied application, ApprovalRules.Seen seen) {
        return ApprovalRules.judge(application, APPROVED, seen);
    }

    private static ApprovalRules.Seen seen(int weeks, Integer threshold, String savings, int active, int cycle,
            String status) {
        return new ApprovalRules.Seen(Products.jagoron(), status, active, cycle, weeks, threshold,
                new BigDecimal(savings), Products.abBank());
    }
}
