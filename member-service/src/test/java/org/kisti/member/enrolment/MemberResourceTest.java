package org.kisti.member.enrolment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.testing.EventFeed;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class MemberResourceTest {

    private static final String ORG = "org-dhaka";
    private static final Map<String, String> RAHIMA =
            Map.of("groupId", "g-7", "name", "Rahima Begum", "enrolledOn", "2026-01-05");

    @Test
    void enrollingAMemberAnswersCreatedAndTheMemberCanBeRead() {
        ExtractableResponse<Response> created = enrol(RAHIMA, null).statusCode(201)
                .header("Location", startsWith("http"))
                .body("name", equalTo("Rahima Begum"))
                .extract();
        String memberId = created.path("memberId");

        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("memberId", equalTo(memberId))
                .body("groupId", equalTo("g-7"))
                .body("enrolledOn", equalTo("2026-01-05"));
    }

    @Test
    void theEnrolmentIsPublishedAsACloudEventKeyedByMember() {
        String memberId = enrol(RAHIMA, null).statusCode(201).extract().path("memberId");

        List<EventFeed.FeedRecord> records = EventFeed.await("kisti.members.v1",
                record -> memberId.equals(record.key()), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        Map<String, String> headers = records.get(0).headers();
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "org.kisti.members.MemberEnrolled.v1")
                .containsEntry("ce_subject", memberId)
                .containsEntry("ce_source", "/kisti/member-service")
                .containsEntry("ce_kistiorg", ORG)
                .containsEntry("ce_kistisequence", "0")
                .containsEntry("ce_kistibusinessdate", "2026-01-05")
                .containsKeys("ce_id", "ce_time");
        assertThat(records.get(0).value()).contains("\"name\":\"Rahima Begum\"");
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndStoresNothingNew() {
        String key = UUID.randomUUID().toString();
        String first = enrol(RAHIMA, key).statusCode(201).extract().path("memberId");
        String second = enrol(RAHIMA, key).statusCode(201).extract().path("memberId");

        assertThat(second).isEqualTo(first);
        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/members/{id}/events", ORG, first)
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void theSameIdempotencyKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        enrol(RAHIMA, key).statusCode(201);
        enrol(Map.of("groupId", "g-7", "name", "Amena Khatun", "enrolledOn", "2026-01-05"), key)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void invalidInputIsRefusedWithAProblemNamingTheFieldAndNothingIsStored() {
        enrol(Map.of("groupId", "g-7", "name", " ", "enrolledOn", "2026-01-05"), null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("name"));
        enrol(Map.of("groupId", "g-7", "name", "Rahima", "enrolledOn", "5 Jan"), null)
                .statusCode(400)
                .body("errors.field", hasItem("enrolledOn"));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON).body(RAHIMA)
                .when().post("/v1/orgs/{org}/members", ORG)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenForAnotherOrganisationIsRefusedAndSeesNoData() {
        String memberId = enrol(RAHIMA, null).statusCode(201).extract().path("memberId");

        given().auth().oauth2(TestTokens.staff("org-other")).contentType(ContentType.JSON).body(RAHIMA)
                .when().post("/v1/orgs/{org}/members", ORG)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff("org-other"))
                .when().get("/v1/orgs/{org}/members/{id}", ORG, memberId)
                .then().statusCode(403);
        // Asking through its own organisation does not find another tenant's member either.
        given().auth().oauth2(TestTokens.staff("org-other"))
                .when().get("/v1/orgs/{org}/members/{id}", "org-other", memberId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aFunderCannotEnrol() {
        given().auth().oauth2(TestTokens.funder(ORG)).contentType(ContentType.JSON).body(RAHIMA)
                .when().post("/v1/orgs/{org}/members", ORG)
                .then().statusCode(403);
    }

    @Test
    void readinessAndMetricsShowTheRelay() {
        enrol(RAHIMA, null).statusCode(201);
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("checks.name", hasItem("kafka-relay"));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("kisti_relay_published_total"))
                .body(containsString("kisti_relay_lag_events"));
    }

    @Test
    void onceEverythingIsPublishedTheRelayLagIsZeroHoweverIdleTheServiceIs() {
        enrol(RAHIMA, null).statusCode(201);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/metrics").then().statusCode(200)
                        .body(containsString("kisti_relay_lag_events 0.0")));
    }

    private static io.restassured.response.ValidatableResponse enrol(Map<String, String> body, String key) {
        var request = given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/orgs/{org}/members", ORG).then();
    }
}
