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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.member.Organisations;
import org.kisti.testing.EventFeed;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.ValidBodies;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class MemberResourceTest {

    private static final String ORG = "org-dhaka";
    private static String group;

    /** Rahima joining the class's group (formed through the API once, on first use). */
    private static Map<String, Object> rahima() {
        if (group == null) {
            group = Organisations.group(ORG);
        }
        return ValidBodies.enrolment(group);
    }

    private static Map<String, Object> rahimaWith(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(rahima());
        body.put(field, value);
        return body;
    }

    @Test
    void enrollingAMemberAnswersCreatedAndTheMemberCanBeRead() {
        ExtractableResponse<Response> created = enrol(rahima(), null).statusCode(201)
                .header("Location", startsWith("http"))
                .body("name", equalTo("Rahima Begum"))
                .extract();
        String memberId = created.path("memberId");

        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("memberId", equalTo(memberId))
                .body("groupId", equalTo(group))
                .body("personal.householdId", equalTo("hh-0417"))
                .body("enrolledOn", equalTo("2026-01-05"));
    }

    @Test
    void theEnrolmentIsPublishedAsACloudEventKeyedByMember() {
        String memberId = enrol(rahima(), null).statusCode(201).extract().path("memberId");

        List<EventFeed.FeedRecord> records = EventFeed.await("kisti.members.v1",
                record -> memberId.equals(record.key()), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        Map<String, String> headers = records.get(0).headers();
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "org.kisti.members.MemberEnrolled.v2")
                .containsEntry("ce_subject", memberId)
                .containsEntry("ce_source", "/kisti/member-service")
                .containsEntry("ce_kistiorg", ORG)
                .containsEntry("ce_kistisequence", "0")
                .containsEntry("ce_kistibusinessdate", "2026-01-05")
                .containsKeys("ce_id", "ce_time");
        assertThat(records.get(0).value()).contains("\"name\":\"Rahima Begum\"")
                // Personal data stays in member-service (ADR 0008).
                .doesNotContain("1990-04-14").doesNotContain("hh-0417").doesNotContain("12.50");
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndStoresNothingNew() {
        String key = UUID.randomUUID().toString();
        String first = enrol(rahima(), key).statusCode(201).extract().path("memberId");
        String second = enrol(rahima(), key).statusCode(201).extract().path("memberId");

        assertThat(second).isEqualTo(first);
        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/members/{id}/events", ORG, first)
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void theSameIdempotencyKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        enrol(rahima(), key).statusCode(201);
        enrol(rahimaWith("name", "Amena Khatun"), key)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void invalidInputIsRefusedWithAProblemNamingTheFieldAndNothingIsStored() {
        enrol(rahimaWith("name", " "), null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("name"));
        enrol(rahimaWith("enrolledOn", "5 Jan"), null)
                .statusCode(400)
                .body("errors.field", hasItem("enrolledOn"));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON).body(rahima())
                .when().post("/v1/orgs/{org}/members", ORG)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenForAnotherOrganisationIsRefusedAndSeesNoData() {
        String memberId = enrol(rahima(), null).statusCode(201).extract().path("memberId");

        given().auth().oauth2(TestTokens.staff("org-other")).contentType(ContentType.JSON).body(rahima())
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
        given().auth().oauth2(TestTokens.funder(ORG)).contentType(ContentType.JSON).body(rahima())
                .when().post("/v1/orgs/{org}/members", ORG)
                .then().statusCode(403);
    }

    @Test
    void readinessAndMetricsShowTheRelay() {
        enrol(rahima(), null).statusCode(201);
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("checks.name", hasItem("kafka-relay"));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("kisti_relay_published_total"))
                .body(containsString("kisti_relay_lag_events"));
    }

    @Test
    void onceEverythingIsPublishedTheRelayLagIsZeroHoweverIdleTheServiceIs() {
        enrol(rahima(), null).statusCode(201);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/metrics").then().statusCode(200)
                        .body(containsString("kisti_relay_lag_events 0.0")));
    }

    private static io.restassured.response.ValidatableResponse enrol(Map<String, Object> body, String key) {
        var request = given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/orgs/{org}/members", ORG).then();
    }
}
