package org.kisti.member.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kisti.member.Organisations;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.ValidBodies;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class GroupResourceTest {

    private static final String ORG = "org-groups";

    @Test
    void aBranchListsTheGroupsFormedInIt() {
        String branch = Organisations.branch(ORG);
        String group = post("/groups", ValidBodies.group(branch)).statusCode(201).extract().path("groupId");

        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/branches/{branch}", ORG, branch)
                .then().statusCode(200)
                .body("branch.code", equalTo("DHK-07"))
                .body("groupIds", hasItem(group));
    }

    @Test
    void aGroupAsOfADateShowsTheMeetingAndOfficerInForceThenNotLaterOnes() {
        String group = Organisations.group(ORG);
        post("/groups/" + group + "/meeting-changes",
                Map.of("meetingDay", "FRIDAY", "meetingPlace", "Primary school", "effectiveOn", "2026-03-01"))
                .statusCode(201);
        post("/groups/" + group + "/officer-assignments", Map.of("officerId", "staff-43", "effectiveOn", "2026-02-01"))
                .statusCode(201);

        group(group, "2026-01-15").body("meetingDay", equalTo("TUESDAY")).body("officerId", equalTo("staff-42"));
        group(group, "2026-02-15").body("meetingDay", equalTo("TUESDAY")).body("officerId", equalTo("staff-43"));
        group(group, "2026-03-01").body("meetingDay", equalTo("FRIDAY"))
                .body("meetingPlace", equalTo("Primary school"));
    }

    @Test
    void aChangeRecordedLateWithAnEarlierDateDoesNotOverrideALaterDatedOne() {
        String group = Organisations.group(ORG);
        post("/groups/" + group + "/officer-assignments", Map.of("officerId", "staff-50", "effectiveOn", "2026-03-01"))
                .statusCode(201);
        post("/groups/" + group + "/officer-assignments", Map.of("officerId", "staff-49", "effectiveOn", "2026-02-01"))
                .statusCode(201);

        group(group, "2026-02-15").body("officerId", equalTo("staff-49"));
        group(group, "2026-03-15").body("officerId", equalTo("staff-50"));
    }

    @Test
    void aGroupCannotBeFormedBeforeItsBranchOpenedOrInABranchOfAnotherOrganisation() {
        String branch = Organisations.branch(ORG);
        Map<String, Object> early = new java.util.LinkedHashMap<>(ValidBodies.group(branch));
        early.put("formedOn", "2024-12-31");
        post("/groups", early).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("branchId"));

        String elsewhere = Organisations.branch("org-elsewhere");
        post("/groups", ValidBodies.group(elsewhere)).statusCode(422).body("errors.field", hasItem("branchId"));
    }

    @Test
    void aChangeDatedBeforeTheGroupFormedIsRefusedNamingTheDate() {
        String group = Organisations.group(ORG);
        post("/groups/" + group + "/meeting-changes",
                Map.of("meetingDay", "FRIDAY", "meetingPlace", "School", "effectiveOn", "2025-05-31"))
                .statusCode(422).body("errors.field", hasItem("effectiveOn"));
    }

    @Test
    void anEmptyGroupClosesAndNoOneJoinsItFromThatDay() {
        String group = Organisations.group(ORG);
        post("/groups/" + group + "/closure", Map.of("closedOn", "2026-01-31")).statusCode(201)
                .body("closedOn", equalTo("2026-01-31"));
        post("/groups/" + group + "/closure", Map.of("closedOn", "2026-02-28")).statusCode(422)
                .body("errors.field", hasItem("closedOn"));

        Map<String, Object> late = new java.util.LinkedHashMap<>(ValidBodies.enrolment(group));
        late.put("enrolledOn", "2026-02-02");
        post("/members", late).statusCode(422).body("errors.field", hasItem("groupId"));
    }

    @Test
    void aGroupWithMembersCannotClose() {
        String group = Organisations.group(ORG);
        post("/members", ValidBodies.enrolment(group)).statusCode(201);

        post("/groups/" + group + "/closure", Map.of("closedOn", "2026-01-31")).statusCode(422)
                .body("errors.field", hasItem("closedOn"));
    }

    @Test
    void aGroupShowsItsMembersByCohesionGroupOnTheDayAsked() {
        String group = Organisations.group(ORG);
        String team = Organisations.cohesionGroup(ORG, group, "Team 1");
        Map<String, Object> amena = new java.util.LinkedHashMap<>(ValidBodies.enrolment(group));
        amena.put("cohesionGroupId", team);
        amena.put("householdId", "hh-0501");
        amena.put("enrolledOn", "2026-01-12");
        String member = post("/members", amena).statusCode(201).extract().path("memberId");

        group(group, "2026-01-11").body("members", hasSize(0));
        group(group, "2026-01-12").body("members", hasSize(1))
                .body("members[0].memberId", equalTo(member))
                .body("members[0].cohesionGroupId", equalTo(team))
                .body("cohesionGroups[0].name", equalTo("Team 1"));
    }

    @Test
    void anotherOrganisationsGroupIsNotFoundAndRevealsNothing() {
        String group = Organisations.group(ORG);

        given().auth().oauth2(TestTokens.staff("org-other"))
                .when().get("/v1/orgs/{org}/groups/{group}", "org-other", group)
                .then().statusCode(404).contentType("application/problem+json").body("groupId", nullValue());
        given().auth().oauth2(TestTokens.staff("org-other")).contentType(ContentType.JSON)
                .body(Map.of("officerId", "staff-9", "effectiveOn", "2026-02-01"))
                .when().post("/v1/orgs/{org}/groups/{group}/officer-assignments", "org-other", group)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.staff("org-other"))
                .when().get("/v1/orgs/{org}/groups/{group}", ORG, group)
                .then().statusCode(403);
    }

    @Test
    void aMemberIdIsNotAGroup() {
        String group = Organisations.group(ORG);
        String member = post("/members", ValidBodies.enrolment(group)).statusCode(201).extract().path("memberId");

        given().auth().oauth2(TestTokens.staff(ORG))
                .when().get("/v1/orgs/{org}/groups/{group}", ORG, member)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static ValidatableResponse group(String groupId, String asOf) {
        return given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/groups/{group}?asOf={day}", ORG, groupId, asOf)
                .then().statusCode(200);
    }

    private static ValidatableResponse post(String path, Map<String, ?> body) {
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/" + ORG + path).then();
    }
}
