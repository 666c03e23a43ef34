package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.KistiService;

/**
 * KMSS's savings across the services: the samity's group fund and two members' compulsory savings; Rahima's loan
 * (loan-service) holds 10 % of it on her savings (savings-service, from the loans topic); an emergency withdrawal
 * within the free part is paid and one into the held part refused; head office posts the quarter's interest; the loan
 * is repaid and the hold goes; she leaves (member-service) and is refunded to the paisa, interest to date included.
 */
class SavingsJourneyTest extends WholeSystemTest {

    private static final String ORG = Journey.ORG;

    @Test
    void aLoanHoldsHerSavingsInterestPostsAndSheIsRefundedToThePaisaWhenSheLeaves() throws Exception {
        String compulsory = journey.as("admin", KistiService.SAVINGS).body(Map.of("effectiveFrom", "2025-01-01",
                "name", "Compulsory weekly savings", "kind", "COMPULSORY", "currency", "BDT", "minimumDeposit", "20.00",
                "minimumBalance", "0.00", "annualInterestRate", "6.00", "balanceBasis", "DAILY_BALANCE",
                "postingPeriod", "QUARTERLY")).post("/v1/orgs/{org}/savings-products", ORG)
                .then().statusCode(201).extract().path("[0].productId");
        Map<String, Object> fundBody = Map.of("groupId", journey.group(), "currency", "BDT", "openedOn", "2026-01-13",
                "productId", compulsory);
        String groupFund = Journey.until(() -> journey.as("staff", KistiService.SAVINGS).body(fundBody)
                .post("/v1/orgs/{org}/savings-accounts", ORG), r -> r.statusCode() != 422).then().statusCode(201)
                .extract().path("accountId");
        journey.deposit(groupFund, "300.00", "2026-01-13");

        String rahima = journey.enrol("Rahima Begum", "2026-01-05");
        String amena = journey.enrol("Amena Khatun", "2026-01-05");
        String rahimaSavings = compulsoryAccount(rahima, compulsory);
        String amenaSavings = compulsoryAccount(amena, compulsory);
        journey.deposit(rahimaSavings, "2000.00", "2026-01-06");
        journey.deposit(amenaSavings, "500.00", "2026-01-06");

        // Her loan of 10,000 needs 10 % savings: 1,000 of her 2,000 is held while it is open.
        String loan = disbursedLoan(rahima, "10000.00");
        assertThat(journey.savingsOnceItShows(rahimaSavings, a -> "1000.00".equals(a.getString("held.amount")))
                .getString("held.amount")).isEqualTo("1000.00");
        withdraw(rahimaSavings, "600.00", "2026-03-02").then().statusCode(201);
        assertThat(withdraw(rahimaSavings, "400.01", "2026-03-02").then().statusCode(422).extract().asString())
                .contains("available 400.00");

        // Q1 at 6 %, ACTUAL/365, day by day: Rahima 2,000 for 55 days and 1,400 for 30: 912,000 / 36,500 = 24.99;
        // Amena 500 for 85 days = 6.99; the fund 300 for 78 days = 3.85.
        JsonPath run = journey.as("admin", KistiService.SAVINGS).header("Idempotency-Key", "q1-2026")
                .body(Map.of("periodEnd", "2026-03-31")).post("/v1/orgs/{org}/savings-interest-postings", ORG)
                .then().statusCode(201).extract().jsonPath();
        assertThat(run.getString("postings.find { it.accountId == '" + rahimaSavings + "' }.interest.amount"))
                .isEqualTo("24.99");
        assertThat(run.getString("postings.find { it.accountId == '" + amenaSavings + "' }.interest.amount"))
                .isEqualTo("6.99");
        assertThat(run.getString("postings.find { it.accountId == '" + groupFund + "' }.interest.amount"))
                .isEqualTo("3.85");

        // The loan repaid: the hold goes.
        List<String> totals = journey.as("staff", KistiService.LOAN).get("/v1/orgs/{org}/loans/{id}", ORG, loan)
                .then().statusCode(200).extract().path("schedule.installments.total");
        journey.repay(loan, totals.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add)
                .toPlainString(), "2026-04-07");
        journey.savingsOnceItShows(rahimaSavings, a -> "0.00".equals(a.getString("held.amount")));

        // She leaves on 30 April: 1,424.99 with 29 days' interest to date (1,424.99 x 29 x 6 / 36,500 = 6.79).
        journey.as("staff", KistiService.MEMBER).body(Map.of("reason", "VOLUNTARY", "exitDate", "2026-04-30"))
                .post("/v1/orgs/{org}/members/{id}/exit", ORG, rahima).then().statusCode(201);
        journey.savingsOnceItShows(rahimaSavings, a -> a.getBoolean("closed"));
        List<Map<String, Object>> events = journey.as("staff", KistiService.SAVINGS)
                .get("/v1/orgs/{org}/savings-accounts/{id}/events", ORG, rahimaSavings).then().statusCode(200)
                .extract().path("data");
        assertThat(events).anySatisfy(e -> assertThat(e).containsEntry("closing", true)
                .containsEntry("interest", Map.of("amount", "6.79", "currency", "BDT")));
        assertThat(events).anySatisfy(e -> assertThat(e).containsEntry("kind", "EXIT_REFUND")
                .containsEntry("amount", Map.of("amount", "1431.78", "currency", "BDT"))
                .containsEntry("withdrawnOn", "2026-04-30"));
        // Amena stays: her savings and their interest are hers still.
        assertThat(journey.savings(amenaSavings).getString("balance.amount")).isEqualTo("506.99");
    }

    private static String compulsoryAccount(String member, String product) {
        Map<String, String> body = Map.of("memberId", member, "currency", "BDT", "openedOn", "2026-01-05",
                "productId", product);
        return Journey.onceSheIsKnown(() -> journey.as("staff", KistiService.SAVINGS).body(body)
                .post("/v1/orgs/{org}/savings-accounts", ORG)).then().statusCode(201).extract().path("accountId");
    }

    private static Response withdraw(String account, String amount, String on) {
        return journey.movingMoney(KistiService.SAVINGS).body(Map.of("amount", amount, "currency", "BDT", "kind",
                "EMERGENCY", "withdrawnOn", on)).post("/v1/orgs/{org}/savings-accounts/{id}/withdrawals", ORG, account);
    }

    private static String disbursedLoan(String member, String amount) {
        journey.as("admin", KistiService.LOAN).body(Map.of("effectiveFrom", "2025-01-01",
                "maxEffectiveAnnualRate", "27.00")).put("/v1/orgs/{org}/lending-policy", ORG).then().statusCode(200);
        String fund = journey.as("admin", KistiService.LOAN).body(Map.of("name", "PKSF line", "funderId", "pksf",
                "currency", "BDT", "registeredOn", "2026-01-01")).post("/v1/orgs/{org}/funds", ORG)
                .then().statusCode(201).extract().path("fundId");
        Map<String, Object> terms = new HashMap<>(OriginationJourneyTest.product(fund, "FLAT", "8.00", "0.50"));
        terms.put("trainingRequired", false);
        String product = journey.as("admin", KistiService.LOAN).body(terms).post("/v1/orgs/{org}/loan-products", ORG)
                .then().statusCode(201).extract().path("[0].productId");
        String application = journey.applyForLoan(product, fund, member, amount, "2026-02-02");
        assertThat(Journey.until(() -> journey.approve(application, "2026-02-05"), r -> r.statusCode() != 422)
                .statusCode()).isEqualTo(201);
        return journey.movingMoney(KistiService.LOAN).body(Map.of("disbursedOn", "2026-02-09"))
                .post("/v1/orgs/{org}/loan-applications/{id}/disbursement", ORG, application)
                .then().statusCode(201).extract().path("loanId");
    }
}
