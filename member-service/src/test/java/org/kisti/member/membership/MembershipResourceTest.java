package org.kisti.member.membership;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.member.Organisations;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.ValidBodies;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class MembershipResourceTest {

    private static final String ORG = "org-membership";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static CloudEventPublisher publisher;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        publisher = new CloudEventPublisher();
    }

    @AfterAll
    static void disconnect() {
        publisher.close();
    }

    @Test
    void aTrainingShowsOnHerRecord() {
        String member = enrol(Organisations.group(ORG));

        post(member, "/trainings", Map.of("course", "Financial literacy", "weeks", 8, "completedOn", "2026-03-02"))
                .statusCode(201).body("trainings[0].weeks", equalTo(8));
    }

    @Test
    void aTransferMovesHerFromItsDateAndEachGroupShowsHerOnlyForItsOwnDays() {
        String from = Organisations.group(ORG);
        String to = Organisations.group(ORG);
        String member = enrol(from);

        post(member, "/transfer", Map.of("toGroupId", to, "transferredOn", "2026-03-02")).statusCode(201)
                .body("groupId", equalTo(to));

        group(from, "2026-03-01").body("members.memberId", hasItem(member));
        group(from, "2026-03-02").body("members", hasSize(0));
        group(to, "2026-03-02").body("members.memberId", hasItem(member));
    }

    @Test
    void anExitOfAMemberWithNothingOpenCompletesAndFreesHerPlace() {
        String group = Organisations.group(ORG);
        String member = enrol(group);

        post(member, "/exit", Map.of("reason", "MIGRATION", "exitDate", "2026-06-30")).statusCode(201)
                .body("exitDate", equalTo("2026-06-30"));

        await().atMost(PATIENCE).untilAsserted(() -> member(member).body("exited", equalTo(true)));
        group(group, "2026-06-29").body("members", hasSize(1));
        group(group, "2026-06-30").body("members", hasSize(0));
    }

    @Test
    void anExitWaitsUntilHerLoanIsRepaid() {
        String member = enrol(Organisations.group(ORG));
        String loan = "l-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 2, 2);
        publisher.publish(EventCatalog.LOANS_TOPIC, new LoanDisbursed(ORG, loan, member, Money.of("1000.00", "BDT"),
                Money.zero("BDT"), day, List.of(), "kisti-schedule/1", BigDecimal.ZERO, BigDecimal.ZERO, null), 0);

        post(member, "/exit", Map.of("reason", "VOLUNTARY", "exitDate", "2026-06-30")).statusCode(201);
        // Once the process has seen both her request and her loan, it has decided: she waits.
        await().atMost(PATIENCE).until(() -> processState(member).contains("\"exitRequested\":true")
                && processState(member).contains(loan));
        member(member).body("exited", equalTo(false));

        publisher.publish(EventCatalog.LOANS_TOPIC, new InstallmentPaid(ORG, loan, member, "p-1",
                Money.of("1000.00", "BDT"), Money.zero("BDT"), Money.zero("BDT"), Money.of("1000.00", "BDT"),
                Money.zero("BDT"), day.plusMonths(3), "kisti-allocation/1", List.of(), List.of()), 1);
        await().atMost(PATIENCE).untilAsserted(() -> member(member).body("exited", equalTo(true)));
    }

    @Test
    void anErasureRemovesHerPersonalDataButKeepsHerHistory() {
        String member = enrol(Organisations.group(ORG));

        given().auth().oauth2(TestTokens.mint("dpo", List.of("admin"), List.of(ORG)))
                .when().delete("/v1/orgs/{org}/members/{id}/personal-data", ORG, member)
                .then().statusCode(204);

        member(member).body("personal", nullValue()).body("name", equalTo("Rahima Begum"));
        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/members/{id}/events", ORG, member)
                .then().statusCode(200).body("type", hasItem("org.kisti.members.PersonalDataErased.v1"));
        given().auth().oauth2(TestTokens.staff(ORG))
                .when().delete("/v1/orgs/{org}/members/{id}/personal-data", ORG, member)
                .then().statusCode(403);
    }

    private String processState(String member) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select state from process_state where process = 'member-exit' and instance = ?")) {
            select.setString(1, member);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    private static String enrol(String group) {
        Map<String, Object> body = new LinkedHashMap<>(ValidBodies.enrolment(group));
        body.put("householdId", "hh-" + UUID.randomUUID());
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/{org}/members", ORG).then().statusCode(201).extract().path("memberId");
    }

    private static ValidatableResponse post(String member, String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/" + ORG + "/members/" + member + path).then();
    }

    private static ValidatableResponse member(String member) {
        return given().auth().oauth2(TestTokens.staff(ORG))
                .when().get("/v1/orgs/{org}/members/{id}", ORG, member).then().statusCode(200);
    }

    private static ValidatableResponse group(String group, String asOf) {
        return given().auth().oauth2(TestTokens.staff(ORG))
                .when().get("/v1/orgs/{org}/groups/{group}?asOf={day}", ORG, group, asOf).then().statusCode(200);
    }
}
