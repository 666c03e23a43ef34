package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.KistiService;

/**
 * Servicing in the field: a payment entered wrongly is reversed and entered again; a borrower pays off early; a flood
 * reschedules the branch; a loan lost is written off under the policy and money found later is a recovery. The
 * history shows every fact, and the funder's outstanding follows each from its date.
 */
class ServicingJourneyTest extends WholeSystemTest {

    private static final String ORG = Journey.ORG;

    @Test
    void correctionsASettlementAFloodAndAWriteOffAreEachANewFactThatReportsFollow() throws Exception {
        journey.as("admin", KistiService.LOAN).body(Map.of("effectiveFrom", "2026-01-01", "minDaysInArrears", 180))
                .put("/v1/orgs/{org}/write-off-policy", ORG).then().statusCode(200);
        String rahima = journey.disburse(journey.enrol("Rahima Begum", "2026-01-05"), "10000.00", 46, "2026-01-05",
                "2026-01-19");
        String amena = journey.disburse(journey.enrol("Amena Khatun", "2026-01-05"), "10000.00", 46, "2026-01-05",
                "2026-01-19");
        String salma = journey.disburse(journey.enrol("Salma Akter", "2026-01-05"), "10000.00", 46, "2026-01-05",
                "2026-01-19");

        // Rahima paid 245 and then 200; the officer entered 245 twice. The second is reversed and entered again.
        journey.repay(rahima, "245.00", "2026-01-19");
        String wrong = journey.movingMoney(KistiService.LOAN).body(Map.of("amount", "245.00", "currency", "BDT",
                "paidOn", "2026-01-26")).post("/v1/orgs/{org}/loans/{id}/repayments", ORG, rahima)
                .then().statusCode(201).extract().path("paymentId");
        journey.as("admin", KistiService.LOAN).header("Idempotency-Key", "reverse-" + wrong)
                .body(Map.of("reason", "Entered 245 for 200", "reversedOn", "2026-01-27"))
                .post("/v1/orgs/{org}/loans/{id}/repayments/{p}/reversal", ORG, rahima, wrong).then().statusCode(201);
        journey.repay(rahima, "200.00", "2026-01-26");

        // Amena pays off early on 1 February: exactly the quote of the day.
        String quote = journey.as("staff", KistiService.LOAN)
                .get("/v1/orgs/{org}/loans/{id}/settlement-quote?on=2026-02-01", ORG, amena)
                .then().statusCode(200).extract().path("total");
        journey.movingMoney(KistiService.LOAN).body(Map.of("amount", quote, "currency", "BDT", "settledOn",
                "2026-02-01")).post("/v1/orgs/{org}/loans/{id}/settlement", ORG, amena).then().statusCode(201);

        // A flood: the branch's open loans get four weeks' moratorium from 2 February (Amena's is closed).
        JsonPath flood = journey.as("admin", KistiService.LOAN).header("Idempotency-Key", "flood-2026-02")
                .body(Map.of("branchId", journey.branch(), "terms", Map.of("effectiveOn", "2026-02-02", "reason",
                        "FLOOD", "moratoriumPeriods", 4)))
                .post("/v1/orgs/{org}/reschedules", ORG).then().statusCode(201).extract().jsonPath();
        assertThat(flood.getInt("rescheduled")).isEqualTo(2);

        // Salma never paid: 180 days after her first instalment fell due, head office writes the loan off.
        journey.as("admin", KistiService.LOAN).header("Idempotency-Key", "write-off-" + salma)
                .body(Map.of("writtenOffOn", "2026-07-18", "reason", "Left the district after the flood"))
                .post("/v1/orgs/{org}/loans/{id}/write-off", ORG, salma).then().statusCode(201);
        journey.movingMoney(KistiService.LOAN).body(Map.of("amount", "500.00", "currency", "BDT", "recoveredOn",
                "2026-08-01")).post("/v1/orgs/{org}/loans/{id}/recoveries", ORG, salma).then().statusCode(201);

        List<String> rahimasFacts = journey.as("auditor", KistiService.LOAN)
                .get("/v1/orgs/{org}/loans/{id}/events", ORG, rahima).then().statusCode(200).extract().path("type");
        assertThat(rahimasFacts).containsExactly("org.kisti.loans.LoanDisbursed.v3",
                "org.kisti.loans.InstallmentPaid.v2", "org.kisti.loans.InstallmentPaid.v2",
                "org.kisti.loans.RepaymentReversed.v1", "org.kisti.loans.InstallmentPaid.v2",
                "org.kisti.loans.LoanRescheduled.v1");
        List<String> salmasFacts = journey.as("auditor", KistiService.LOAN)
                .get("/v1/orgs/{org}/loans/{id}/events", ORG, salma).then().statusCode(200).extract().path("type");
        assertThat(salmasFacts).endsWith("org.kisti.loans.LoanWrittenOff.v1",
                "org.kisti.loans.LoanRecoveryReceived.v1");

        // Rahima owes 10,000 - 217.83 - 172.83; Amena nothing; Salma's 10,000 leaves the portfolio on 18 July.
        JsonPath written = journey.portfolioOnceItShows("2026-07-18",
                r -> "9609.34".equals(r.getString("totals.loanOutstanding[0].amount")));
        assertThat(written.getString("totals.loanOutstanding[0].amount")).isEqualTo("9609.34");
        assertThat(journey.portfolio("2026-07-17").getString("totals.loanOutstanding[0].amount")).isEqualTo("19609.34");
    }
}
