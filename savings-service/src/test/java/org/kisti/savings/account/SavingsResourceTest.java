package org.kisti.savings.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.EventFeed;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class SavingsResourceTest {

    @Inject
    MembersView members;

    @Inject
    EventHistory history;

    private static final String ORG = "org-sylhet";

    @Test
    void depositsAddUpToTheBalanceAndArePublishedInOrder() {
        String account = open();
        deposit(account, "100.00", "BDT", null).statusCode(201).body("balanceAfter.amount", equalTo("100.00"));
        deposit(account, "25.50", "BDT", null).statusCode(201).body("balanceAfter.amount", equalTo("125.50"));

        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/savings-accounts/{id}", ORG, account)
                .then().statusCode(200)
                .body("balance.amount", equalTo("125.50"))
                .body("balance.currency", equalTo("BDT"))
                .body("deposits", hasSize(2));

        List<EventFeed.FeedRecord> records = EventFeed.await("kisti.savings.v1",
                record -> account.equals(record.key()), 3, Duration.ofSeconds(30));
        assertThat(records).extracting(record -> record.headers().get("ce_kistisequence"))
                .containsExactly("0", "1", "2");
        assertThat(records.get(2).headers()).containsEntry("ce_type", "org.kisti.savings.SavingsDeposited.v1");
        assertThat(records.get(2).value()).contains("\"amount\":{\"amount\":\"25.50\",\"currency\":\"BDT\"}");
    }

    @Test
    void manyDepositsOnOneAccountArePublishedInTheirOrderAcrossTheRelaysBatches() {
        String account = open();
        int deposits = 40;
        for (int i = 0; i < deposits; i++) {
            deposit(account, "1.00", "BDT", null).statusCode(201);
        }

        List<EventFeed.FeedRecord> records = EventFeed.await("kisti.savings.v1",
                record -> account.equals(record.key()), deposits + 1, Duration.ofSeconds(30));
        assertThat(records).extracting(record -> Integer.parseInt(record.headers().get("ce_kistisequence")))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, deposits).boxed().toList());
    }

    @Test
    void aRetriedDepositWithTheSameKeyIsStoredOnce() {
        String account = open();
        String key = UUID.randomUUID().toString();
        String first = deposit(account, "40.00", "BDT", key).statusCode(201).extract().path("depositId");
        String again = deposit(account, "40.00", "BDT", key).statusCode(201).extract().path("depositId");

        assertThat(again).isEqualTo(first);
        given().auth().oauth2(TestTokens.staff(ORG))
                .when().get("/v1/orgs/{org}/savings-accounts/{id}", ORG, account)
                .then().body("balance.amount", equalTo("40.00"));
    }

    @Test
    void aDepositInAnotherCurrencyBreaksARuleAndChangesNothing() {
        String account = open();
        deposit(account, "40.00", "INR", null).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("currency"));
        given().auth().oauth2(TestTokens.staff(ORG))
                .when().get("/v1/orgs/{org}/savings-accounts/{id}/events", ORG, account)
                .then().body("$", hasSize(1));
    }

    @Test
    void invalidAmountsAreRefusedNamingTheField() {
        String account = open();
        deposit(account, "-5", "BDT", null).statusCode(400).body("errors.field", hasItem("amount"));
        deposit(account, "1.005", "BDT", null).statusCode(400).body("errors.field", hasItem("amount"));
        deposit(account, "1.00", "ABC", null).statusCode(400).body("errors.field", hasItem("currency"));
        deposit(account, "100", "JPY", null).statusCode(400).body("errors.field", hasItem("currency"));
    }

    @Test
    void aDepositWithoutAnIdempotencyKeyIsRefusedWith428AndChangesNothing() {
        String account = open();
        depositRequest(account, "40.00", "BDT")
                .when().post("/v1/orgs/{org}/savings-accounts/{id}/deposits", ORG, account)
                .then().statusCode(428).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        depositRequest(account, "40.00", "BDT").header("Idempotency-Key", " ")
                .when().post("/v1/orgs/{org}/savings-accounts/{id}/deposits", ORG, account)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.staff(ORG))
                .when().get("/v1/orgs/{org}/savings-accounts/{id}/events", ORG, account)
                .then().body("$", hasSize(1));
    }

    @Test
    void aDepositIntoAnUnknownAccountIsNotFound() {
        deposit(UUID.randomUUID().toString(), "10.00", "BDT", null).statusCode(404)
                .contentType("application/problem+json");
    }

    private String open() {
        return openFor(knownMember()).statusCode(201).extract().path("accountId");
    }

    private static ValidatableResponse openFor(String memberId) {
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId, "currency", "BDT", "openedOn", "2026-01-05"))
                .when().post("/v1/orgs/{org}/savings-accounts", ORG)
                .then();
    }

    /** A member enrolled in member-service's topic, once this service's inbox has applied her enrolment. */
    private String knownMember() {
        return MemberFacts.enrolledAndKnown(ORG, id -> members.find(ORG, id).isPresent());
    }

    @Test
    void anAccountForAMemberThisServiceHasNotHeardOfIsRefusedNamingMemberId() {
        openFor("m-nobody-" + UUID.randomUUID()).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("memberId"));
    }

    @Test
    void aMemberOfAnotherOrganisationIsUnknownHere() {
        String theirs = MemberFacts.enrolled("org-other");
        await().atMost(Duration.ofSeconds(30)).until(() -> members.find("org-other", theirs).isPresent());
        openFor(theirs).statusCode(422).body("errors.field", hasItem("memberId"));
    }

    @Test
    void theOpeningRecordsWhichEnrolmentItSaw() {
        String memberId = knownMember();
        String account = openFor(memberId).statusCode(201).extract().path("accountId");
        assertThat(history.of(ORG, account, "savings account").get(0).seen())
                .containsKey("seen.member")
                .hasEntrySatisfying("seen.member", saw -> assertThat(saw)
                        .startsWith(members.find(ORG, memberId).orElseThrow().seenEventId()));
    }

    /** A deposit as a field app sends it, with an Idempotency-Key: the given one, or a fresh one. */
    private static ValidatableResponse deposit(String account, String amount, String currency, String key) {
        return depositRequest(account, amount, currency)
                .header("Idempotency-Key", key == null ? UUID.randomUUID().toString() : key)
                .when().post("/v1/orgs/{org}/savings-accounts/{id}/deposits", ORG, account).then();
    }

    private static io.restassured.specification.RequestSpecification depositRequest(
            String account, String amount, String currency) {
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "currency", currency, "depositedOn", "2026-01-12"));
    }
}
