package org.kisti.savings.withdrawal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.member.ExitReason;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.ValidBodies;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class WithdrawalResourceTest {

    private static final String ORG = "org-withdrawals";

    @Inject
    MembersView members;

    @Test
    void aWithdrawalAnswersTheBalanceAfterIt() {
        String account = accountWith("100.00", MemberFacts.enrolledAndKnown(ORG, known()));

        post(account, "/withdrawals", Map.of("amount", "40.00", "currency", "BDT", "kind", "EMERGENCY",
                "withdrawnOn", "2026-03-02")).statusCode(201).body("balanceAfter.amount", equalTo("60.00"));
    }

    @Test
    void herSavingsAreRefundedInFullAndTheAccountClosedOnceHerExitIsRequested() {
        String member = MemberFacts.enrolledAndKnown(ORG, known());
        String account = accountWith("100.00", member);
        post(account, "/withdrawals", Map.of("amount", "100.00", "currency", "BDT", "kind", "EXIT_REFUND",
                "withdrawnOn", "2026-03-02")).statusCode(422).body("errors.field", hasItem("kind"));

        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new MemberExitRequested(ORG, member, ExitReason.MIGRATION,
                    LocalDate.of(2026, 6, 30)), 1);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(given()
                .auth().oauth2(TestTokens.staff(ORG)).when().get("/v1/orgs/{org}/savings-accounts/{id}", ORG, account)
                .then().extract().path("closed")));

        given().auth().oauth2(TestTokens.staff(ORG)).when()
                .get("/v1/orgs/{org}/savings-accounts/{id}/events", ORG, account).then()
                .body("[2].data.amount.amount", equalTo("100.00")).body("[2].data.kind", equalTo("EXIT_REFUND"))
                .body("[2].data.withdrawnOn", equalTo("2026-06-30")).body("[3].data.closedOn", equalTo("2026-06-30"));
        post(account, "/withdrawals", Map.of("amount", "1.00", "currency", "BDT", "kind", "REGULAR",
                "withdrawnOn", "2026-07-01")).statusCode(422).body("errors.field", hasItem("accountId"));
    }

    @Test
    void anAccountOnACompulsoryProductRefusesARegularWithdrawalButAllowsAnEmergency() {
        String product = given().auth().oauth2(TestTokens.mint("admin", java.util.List.of("admin"),
                java.util.List.of(ORG))).contentType(ContentType.JSON)
                .body(ValidBodies.savingsProduct())
                .when().post("/v1/orgs/{org}/savings-products", ORG).then().statusCode(201)
                .extract().path("[0].productId");
        String member = MemberFacts.enrolledAndKnown(ORG, known());
        given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "currency", "INR", "openedOn", "2026-01-05", "productId", product))
                .when().post("/v1/orgs/{org}/savings-accounts", ORG).then().statusCode(422)
                .body("errors.field", hasItem("currency"));
        String account = given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "currency", "BDT", "openedOn", "2026-01-05", "productId", product))
                .when().post("/v1/orgs/{org}/savings-accounts", ORG).then().statusCode(201).extract().path("accountId");
        post(account, "/deposits", Map.of("amount", "100.00", "currency", "BDT", "depositedOn", "2026-01-12"))
                .statusCode(201);

        post(account, "/withdrawals", Map.of("amount", "10.00", "currency", "BDT", "kind", "REGULAR",
                "withdrawnOn", "2026-03-02")).statusCode(422).body("errors.field", hasItem("kind"));
        post(account, "/withdrawals", Map.of("amount", "10.00", "currency", "BDT", "kind", "EMERGENCY",
                "withdrawnOn", "2026-03-02")).statusCode(201).body("balanceAfter.amount", equalTo("90.00"));
    }

    private java.util.function.Predicate<String> known() {
        return id -> members.find(ORG, id).isPresent();
    }

    private static String accountWith(String amount, String member) {
        String account = given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "currency", "BDT", "openedOn", "2026-01-05"))
                .when().post("/v1/orgs/{org}/savings-accounts", ORG).then().statusCode(201).extract().path("accountId");
        post(account, "/deposits", Map.of("amount", amount, "currency", "BDT", "depositedOn", "2026-01-12"))
                .statusCode(201);
        return account;
    }

    private static ValidatableResponse post(String account, String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.staff(ORG)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/" + ORG + "/savings-accounts/" + account + path).then();
    }
}
