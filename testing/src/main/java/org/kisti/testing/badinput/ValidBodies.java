package org.kisti.testing.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object mother for the bodies each endpoint accepts, the templates bad requests are derived from. The loan terms
 * are KMSS's 46 weekly instalments at 12.5 % flat per loan, the example the schedule preview documents; dates are in
 * January 2026, before any day these tests run on, so every fact date is valid.
 */
public final class ValidBodies {

    private ValidBodies() {}

    /** Rahima, 35, landless but for her homestead, joining the group; no national id, no cohesion group. */
    public static Map<String, Object> enrolment(String groupId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupId", groupId);
        body.put("name", "Rahima Begum");
        body.put("dateOfBirth", "1990-04-14");
        body.put("gender", "FEMALE");
        body.put("householdId", "hh-0417");
        body.put("landDecimals", "12.50");
        body.put("enrolledOn", "2026-01-05");
        return body;
    }

    public static Map<String, Object> branch() {
        return Map.of("name", "Dhanmondi", "code", "DHK-07", "district", "Dhaka", "subDistrict", "Dhanmondi",
                "openedOn", "2025-01-01");
    }

    public static Map<String, Object> group(String branchId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("branchId", branchId);
        body.put("kind", "LENDING_GROUP");
        body.put("name", "Shapla Mohila Samity");
        body.put("meetingDay", "TUESDAY");
        body.put("meetingPlace", "Courtyard of Rahima Begum");
        body.put("officerId", "staff-42");
        body.put("formedOn", "2025-06-01");
        return body;
    }

    public static Map<String, Object> opening(String memberId) {
        return Map.of("memberId", memberId, "currency", "BDT", "openedOn", "2026-01-05");
    }

    public static Map<String, Object> deposit() {
        return Map.of("amount", "100.00", "currency", "BDT", "depositedOn", "2026-01-12");
    }

    public static Map<String, Object> repayment() {
        return Map.of("amount", "245.00", "currency", "BDT", "paidOn", "2026-01-19");
    }

    public static Map<String, Object> disbursement(String memberId) {
        return Map.of("memberId", memberId, "terms", loanTerms());
    }

    public static Map<String, Object> loanTerms() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("principal", "10000.00");
        terms.put("currency", "BDT");
        terms.put("interestMethod", "FLAT");
        terms.put("rateBasis", "PER_LOAN");
        terms.put("annualInterestRate", "12.50");
        terms.put("repaymentFrequency", "WEEKLY");
        terms.put("numberOfInstallments", 46);
        terms.put("disbursementDate", "2026-01-05");
        terms.put("firstRepaymentDate", "2026-01-19");
        terms.put("installmentRounding", Map.of("unit", "1", "mode", "HALF_UP"));
        terms.put("serviceCharge", Map.of("amount", "100.00", "collection", "UPFRONT"));
        return terms;
    }

    /** KMSS's Jagoron at a rate within the Bangladesh cap: 8 % flat per loan over 46 weeks, 0.5 % service charge. */
    public static Map<String, Object> loanProduct(String fundId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveFrom", "2026-01-01");
        body.put("name", "Jagoron");
        body.put("currency", "BDT");
        body.put("minAmount", "10000.00");
        body.put("maxAmount", "500000.00");
        body.put("installments", List.of(46));
        body.put("frequency", "WEEKLY");
        body.put("interestMethod", "FLAT");
        body.put("rateBasis", "PER_LOAN");
        body.put("annualInterestRate", "8.00");
        body.put("serviceChargePercent", "0.50");
        body.put("minDaysToFirstRepayment", 15);
        body.put("savingsPercent", "10.00");
        body.put("trainingRequired", true);
        body.put("maxActiveLoans", 1);
        body.put("cycleCaps", List.of(Map.of("cycle", 1, "maxAmount", "30000.00"),
                Map.of("cycle", 2, "maxAmount", "50000.00")));
        body.put("funds", List.of(fundId));
        body.put("purposes", List.of("POULTRY", "COW_REARING"));
        body.put("makerChecker", true);
        return body;
    }

    /** Compulsory weekly savings: 20 a meeting, 6 % a year on the month's lowest balance, posted half-yearly. */
    public static Map<String, Object> savingsProduct() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveFrom", "2025-01-01");
        body.put("name", "Compulsory weekly savings");
        body.put("kind", "COMPULSORY");
        body.put("currency", "BDT");
        body.put("minimumDeposit", "20.00");
        body.put("minimumBalance", "0.00");
        body.put("annualInterestRate", "6.00");
        body.put("balanceBasis", "MINIMUM_MONTHLY_BALANCE");
        body.put("postingPeriod", "HALF_YEARLY");
        return body;
    }
}
