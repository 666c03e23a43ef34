package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.KistiService;

/**
 * KMSS's lending across the services: a member trained (member-service) and saving 1,000 (savings-service) is approved
 * for 10,000 (loan-service, from what it learned on the topics); one saving 800 is refused naming the savings rule;
 * once the first loan is repaid a second above the cycle-2 cap is refused; an interest-free product with a service
 * charge is within the 27 % cap, a dear one is refused.
 */
class OriginationJourneyTest extends WholeSystemTest {

    private static final String ORG = Journey.ORG;

    @Test
    void trainedSavingMembersBorrowWithinTheProductsRulesAndTheCapsHold() {
        journey.as("admin", KistiService.MEMBER).body(Map.of("effectiveFrom", "2025-01-01", "trainedAfterWeeks", 8))
                .put("/v1/orgs/{org}/eligibility-policy", ORG).then().statusCode(200);
        journey.as("admin", KistiService.LOAN).body(Map.of("effectiveFrom", "2025-01-01",
                "maxEffectiveAnnualRate", "27.00")).put("/v1/orgs/{org}/lending-policy", ORG).then().statusCode(200);
        String fund = journey.as("admin", KistiService.LOAN).body(Map.of("name", "AB Bank line", "funderId",
                "ab-bank", "currency", "BDT", "registeredOn", "2026-01-01")).post("/v1/orgs/{org}/funds", ORG)
                .then().statusCode(201).extract().path("fundId");
        String product = journey.as("admin", KistiService.LOAN).body(product(fund, "FLAT", "8.00", "0.50"))
                .post("/v1/orgs/{org}/loan-products", ORG).then().statusCode(201).extract().path("[0].productId");

        String rahima = trainedAndSaving("Rahima Begum", "1000.00");
        String amena = trainedAndSaving("Amena Khatun", "800.00");

        String first = journey.applyForLoan(product, fund, rahima, "10000.00", "2026-02-02");
        Response approved = Journey.until(() -> journey.approve(first, "2026-02-05"), r -> r.statusCode() != 422);
        assertThat(approved.statusCode()).isEqualTo(201);
        String short800 = journey.applyForLoan(product, fund, amena, "10000.00", "2026-02-02");
        Response refused = Journey.until(() -> journey.approve(short800, "2026-02-05"), r -> r.asString().contains("were 800.00"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("needs savings of 1000.00 (10 %)");

        String loan = journey.movingMoney(KistiService.LOAN).body(Map.of("disbursedOn", "2026-02-09"))
                .post("/v1/orgs/{org}/loan-applications/{id}/disbursement", ORG, first)
                .then().statusCode(201).extract().path("loanId");
        List<String> totals = journey.as("staff", KistiService.LOAN).get("/v1/orgs/{org}/loans/{id}", ORG, loan)
                .then().statusCode(200).extract().path("schedule.installments.total");
        journey.repay(loan, totals.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add)
                .toPlainString(), "2026-02-24");
        journey.deposit(accountOf.get(rahima), "5000.00", "2026-02-25");
        String second = journey.applyForLoan(product, fund, rahima, "60000.00", "2026-03-02");
        Response capped = Journey.until(() -> journey.approve(second, "2026-03-05"),
                r -> r.asString().contains("above the cap for her loan cycle 2"));
        assertThat(capped.statusCode()).isEqualTo(422);

        journey.as("admin", KistiService.LOAN).body(product(fund, "INTEREST_FREE", null, "1.00"))
                .post("/v1/orgs/{org}/loan-products", ORG).then().statusCode(201);
        assertThat(journey.as("admin", KistiService.LOAN).body(product(fund, "FLAT", "30.00", "1.00"))
                .post("/v1/orgs/{org}/loan-products", ORG).then().statusCode(422).extract().asString())
                .contains("is above the organisation's cap of 27.00 %");
    }

    private static final Map<String, String> accountOf = new HashMap<>();

    private static String trainedAndSaving(String name, String saved) {
        String member = journey.enrol(name, "2026-01-05");
        journey.as("staff", KistiService.MEMBER).body(Map.of("course", "Financial literacy", "weeks", 8,
                "completedOn", "2026-01-26")).post("/v1/orgs/{org}/members/{id}/trainings", ORG, member)
                .then().statusCode(201);
        String account = journey.openSavings(member, "2026-01-05");
        accountOf.put(member, account);
        journey.deposit(account, saved, "2026-01-26");
        return member;
    }

    static Map<String, Object> product(String fund, String method, String rate, String charge) {
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveFrom", "2026-01-01");
        body.put("name", method + " product");
        body.put("currency", "BDT");
        body.put("minAmount", "10000.00");
        body.put("maxAmount", "500000.00");
        body.put("installments", List.of(46));
        body.put("frequency", "WEEKLY");
        body.put("interestMethod", method);
        body.put("rateBasis", "PER_LOAN");
        if (rate != null) {
            body.put("annualInterestRate", rate);
        }
        body.put("serviceChargePercent", charge);
        body.put("minDaysToFirstRepayment", 15);
        body.put("savingsPercent", "10.00");
        body.put("trainingRequired", true);
        body.put("maxActiveLoans", 1);
        body.put("cycleCaps", List.of(Map.of("cycle", 1, "maxAmount", "30000.00"),
                Map.of("cycle", 2, "maxAmount", "50000.00")));
        body.put("funds", List.of(fund));
        body.put("purposes", List.of("POULTRY", "COW_REARING"));
        body.put("makerChecker", true);
        return body;
    }
}
