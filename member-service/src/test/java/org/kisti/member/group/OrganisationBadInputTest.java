package org.kisti.member.group;

import static io.restassured.RestAssured.given;
import static org.kisti.testing.badinput.Field.optional;
import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.Field.requiredEnum;
import static org.kisti.testing.badinput.FieldKind.COUNT;
import static org.kisti.testing.badinput.FieldKind.DATE;
import static org.kisti.testing.badinput.FieldKind.DECIMAL;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;
import static org.kisti.testing.badinput.FieldKind.IDENTIFIER;
import static org.kisti.testing.badinput.FieldKind.TEXT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.member.Organisations;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequest;
import org.kisti.testing.badinput.BadRequests;
import org.kisti.testing.badinput.BadRequests.IdempotencyKey;
import org.kisti.testing.badinput.StoredFacts;
import org.kisti.testing.badinput.ValidBodies;

/** Generated bad branch, group, member-change, federation and holiday requests (ADR 0009): each a 4xx problem naming a field, none storing anything. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class OrganisationBadInputTest {

    private static final String ORG = "org-badinput-groups";
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

    @TestHTTPResource
    URL root;

    @Inject
    DataSource dataSource;

    @Test
    void everyGeneratedBadBranchIsAProblemNamingAFieldAndStoresNothing() {
        probe("POST /branches", new BadRequests("/v1/orgs/" + ORG + "/branches", List.of(ORG), ValidBodies.branch(),
                List.of(required("name", TEXT), required("code", IDENTIFIER), required("district", TEXT),
                        required("subDistrict", TEXT), required("openedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
    }

    @Test
    void everyGeneratedBadGroupIsAProblemNamingAFieldAndStoresNothing() {
        String branch = Organisations.branch(ORG);
        probe("POST /groups", new BadRequests("/v1/orgs/" + ORG + "/groups", List.of(ORG), ValidBodies.group(branch),
                List.of(required("branchId", IDENTIFIER), requiredEnum("kind", "LENDING_GROUP", "SELF_HELP_GROUP"),
                        required("name", TEXT), requiredEnum("meetingDay", DAYS), required("meetingPlace", TEXT),
                        required("officerId", IDENTIFIER), required("formedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
    }

    @Test
    void everyGeneratedBadChangeOfAGroupIsAProblemNamingAFieldAndStoresNothing() {
        String group = Organisations.group(ORG);
        String path = "/v1/orgs/" + ORG + "/groups/" + group;
        probe("POST /meeting-changes", new BadRequests(path + "/meeting-changes", List.of(ORG, group),
                Map.of("meetingDay", "WEDNESDAY", "meetingPlace", "Primary school", "effectiveOn", "2026-01-06"),
                List.of(requiredEnum("meetingDay", DAYS), required("meetingPlace", TEXT),
                        required("effectiveOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
        probe("POST /officer-assignments", new BadRequests(path + "/officer-assignments", List.of(ORG, group),
                Map.of("officerId", "staff-43", "effectiveOn", "2026-01-06"),
                List.of(required("officerId", IDENTIFIER), required("effectiveOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
        probe("POST /cohesion-groups", new BadRequests(path + "/cohesion-groups", List.of(ORG, group),
                Map.of("name", "Team 1", "formedOn", "2026-01-06"),
                List.of(required("name", TEXT), required("formedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
    }

    @Test
    void everyGeneratedBadChangeOfAMemberIsAProblemNamingAFieldAndStoresNothing() {
        String group = Organisations.group(ORG);
        String other = Organisations.group(ORG);
        String member = given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(ValidBodies.enrolment(group)).when().post("/v1/orgs/{org}/members", ORG)
                .then().statusCode(201).extract().path("memberId");
        String path = "/v1/orgs/" + ORG + "/members/" + member;
        probe("POST /trainings", new BadRequests(path + "/trainings", List.of(ORG, member),
                Map.of("course", "Financial literacy", "weeks", 8, "completedOn", "2026-03-02"),
                List.of(required("course", TEXT), required("weeks", COUNT), required("completedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
        probe("POST /transfer", new BadRequests(path + "/transfer", List.of(ORG, member),
                Map.of("toGroupId", other, "cohesionGroupId", Organisations.cohesionGroup(ORG, other, "Team 1"),
                        "transferredOn", "2026-03-02"),
                List.of(required("toGroupId", IDENTIFIER), optional("cohesionGroupId", IDENTIFIER),
                        required("transferredOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
        probe("POST /exit", new BadRequests(path + "/exit", List.of(ORG, member),
                Map.of("reason", "MIGRATION", "exitDate", "2026-06-30"),
                List.of(requiredEnum("reason", "VOLUNTARY", "DEATH", "MIGRATION", "DROPOUT", "EXPELLED"),
                        required("exitDate", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
    }

    @Test
    void everyGeneratedBadFederationOrHolidayRequestIsAProblemNamingAFieldAndStoresNothing() {
        String branch = Organisations.branch(ORG);
        String group = Organisations.group(ORG);
        probe("POST /federation/units", new BadRequests("/v1/orgs/" + ORG + "/federation/units", List.of(ORG),
                Map.of("level", "VO", "name", "Rampur VO", "formedOn", "2026-01-05"),
                List.of(required("level", IDENTIFIER), required("name", TEXT), required("formedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
        probe("POST /federation/units/{unitId}/affiliation", new BadRequests("/v1/orgs/" + ORG
                + "/federation/units/u-1/affiliation", List.of(ORG, "u-1"),
                Map.of("parentUnitId", "u-2", "affiliatedOn", "2026-01-05"),
                List.of(required("parentUnitId", IDENTIFIER), required("affiliatedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
        probe("POST /groups/{groupId}/affiliation", new BadRequests("/v1/orgs/" + ORG + "/groups/" + group
                + "/affiliation", List.of(ORG, group), Map.of("unitId", "u-1", "affiliatedOn", "2026-01-05"),
                List.of(required("unitId", IDENTIFIER), required("affiliatedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL));
        probe("POST /holidays", new BadRequests("/v1/orgs/" + ORG + "/holidays", List.of(ORG),
                Map.of("date", "2026-03-26", "name", "Independence Day", "branchId", branch),
                List.of(required("date", DATE), required("name", TEXT), optional("branchId", IDENTIFIER)),
                IdempotencyKey.OPTIONAL));
    }

    @Test
    void everyGeneratedBadPolicyOrFederationLevelsPutIsAProblemNamingAFieldAndStoresNothing() {
        String admin = TestTokens.mint("manager", List.of("admin"), List.of(ORG));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("effectiveFrom", "2026-01-01");
        policy.put("maxAge", 45);
        policy.put("landDecimals", "50.00");
        policy.put("allowedGenders", List.of("FEMALE"));
        policy.put("onePerHousehold", true);
        BadInputProbe.assertAllRefused("PUT /eligibility-policy", root, admin, puts(new BadRequests(
                "/v1/orgs/" + ORG + "/eligibility-policy", List.of(ORG), policy,
                List.of(required("effectiveFrom", DATE), optional("landDecimals", DECIMAL)),
                IdempotencyKey.NOT_TAKEN)), StoredFacts.in(dataSource));
        BadInputProbe.assertAllRefused("PUT /federation/levels", root, admin, puts(new BadRequests(
                "/v1/orgs/" + ORG + "/federation/levels", List.of(ORG),
                Map.of("levels", List.of("VO", "CLF"), "effectiveFrom", "2026-01-01"),
                List.of(required("effectiveFrom", DATE)), IdempotencyKey.NOT_TAKEN)), StoredFacts.in(dataSource));
    }

    private static List<BadRequest> puts(BadRequests requests) {
        return requests.all().stream().map(request -> request.as("PUT")).toList();
    }

    @Test
    void everyGeneratedBadBranchOrGroupPathIsAProblemNamingItAndStoresNothing() {
        String group = Organisations.group(ORG);
        BadInputProbe.assertAllRefused("GET /groups/{groupId}", root, TestTokens.staff(ORG),
                BadRequests.paths("/v1/orgs/" + ORG + "/groups/" + group, List.of(ORG, group)),
                StoredFacts.in(dataSource));
    }

    private void probe(String endpoint, BadRequests requests) {
        BadInputProbe.assertAllRefused(endpoint, root, TestTokens.staff(ORG), requests.all(),
                StoredFacts.in(dataSource));
    }
}
