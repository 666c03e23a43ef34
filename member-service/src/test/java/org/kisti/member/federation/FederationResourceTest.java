package org.kisti.member.federation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.member.Organisations;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** NRLM's tree: self-help groups in village organisations (VO), VOs in cluster-level federations (CLF). */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class FederationResourceTest {

    @Test
    void aGroupAndItsVillageOrganisationRollUpToTheClusterFederationFromTheirAffiliationDates() {
        String org = newOrg();
        levels(org, List.of("VO", "CLF", "BLOCK"));
        String vo = unit(org, "VO", "Rampur VO");
        String clf = unit(org, "CLF", "North CLF");
        String group = Organisations.group(org);

        post(org, "/v1/orgs/" + org + "/federation/units/" + vo + "/affiliation",
                Map.of("parentUnitId", clf, "affiliatedOn", "2026-02-01")).statusCode(201);
        post(org, "/v1/orgs/" + org + "/groups/" + group + "/affiliation",
                Map.of("unitId", vo, "affiliatedOn", "2026-03-01")).statusCode(201);

        tree(org, "2026-01-31").body("groups", hasSize(0))
                .body("units.find { it.unitId == '" + vo + "' }.parentUnitId", equalTo(null));
        tree(org, "2026-03-01").body("levels", contains("VO", "CLF", "BLOCK"))
                .body("units.find { it.unitId == '" + vo + "' }.parentUnitId", equalTo(clf))
                .body("groups.find { it.childId == '" + group + "' }.parentUnitId", equalTo(vo));
    }

    @Test
    void aUnitJoinsOnlyAUnitOfTheNextLevelUpAndAGroupOnlyOneOfTheLowest() {
        String org = newOrg();
        levels(org, List.of("VO", "CLF", "BLOCK"));
        String vo = unit(org, "VO", "Rampur VO");
        String block = unit(org, "BLOCK", "Sadar block");
        String group = Organisations.group(org);

        post(org, "/v1/orgs/" + org + "/federation/units/" + vo + "/affiliation",
                Map.of("parentUnitId", block, "affiliatedOn", "2026-02-01")).statusCode(422)
                .body("errors.field", hasItem("parentUnitId"));
        post(org, "/v1/orgs/" + org + "/groups/" + group + "/affiliation",
                Map.of("unitId", block, "affiliatedOn", "2026-03-01")).statusCode(422)
                .body("errors.field", hasItem("unitId"));
    }

    @Test
    void aUnitOfALevelTheOrganisationHasNotNamedIsRefused() {
        String org = newOrg();
        levels(org, List.of("VO", "CLF"));

        post(org, "/v1/orgs/" + org + "/federation/units",
                Map.of("level", "DISTRICT", "name", "Nowhere", "formedOn", "2026-01-05")).statusCode(422)
                .body("errors.field", hasItem("level"));
    }

    private static String newOrg() {
        return "org-fed-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void levels(String org, List<String> levels) {
        given().auth().oauth2(TestTokens.mint("manager", List.of("admin"), List.of(org))).contentType(ContentType.JSON)
                .body(Map.of("levels", levels, "effectiveFrom", "2025-01-01"))
                .when().put("/v1/orgs/{org}/federation/levels", org).then().statusCode(200);
    }

    private static String unit(String org, String level, String name) {
        return post(org, "/v1/orgs/" + org + "/federation/units",
                Map.of("level", level, "name", name, "formedOn", "2026-01-05"))
                .statusCode(201).extract().path("unitId");
    }

    private static ValidatableResponse post(String org, String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    private static ValidatableResponse tree(String org, String asOf) {
        return given().auth().oauth2(TestTokens.auditor(org))
                .when().get("/v1/orgs/{org}/federation?asOf={day}", org, asOf).then().statusCode(200);
    }
}
