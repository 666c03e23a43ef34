package org.kisti.member.holiday;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.member.Organisations;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class HolidayResourceTest {

    @Test
    void holidaysOfTheOrganisationAndOfOneBranchAreListedInDateOrder() {
        String org = "org-hol-" + UUID.randomUUID().toString().substring(0, 8);
        String branch = Organisations.branch(org);
        declare(org, Map.of("date", "2026-12-16", "name", "Victory Day")).statusCode(201);
        declare(org, Map.of("date", "2026-03-26", "name", "Independence Day")).statusCode(201);
        declare(org, Map.of("date", "2026-04-14", "name", "Local fair", "branchId", branch)).statusCode(201);

        given().auth().oauth2(TestTokens.auditor(org)).when().get("/v1/orgs/{org}/holidays", org)
                .then().statusCode(200).body("date", contains("2026-03-26", "2026-04-14", "2026-12-16"));
    }

    @Test
    void theSameDayIsNotDeclaredTwiceForTheSameBranches() {
        String org = "org-hol-" + UUID.randomUUID().toString().substring(0, 8);
        declare(org, Map.of("date", "2026-03-26", "name", "Independence Day")).statusCode(201);

        declare(org, Map.of("date", "2026-03-26", "name", "Again")).statusCode(422)
                .body("errors.field", hasItem("date"));
        declare(org, Map.of("date", "2026-03-27", "name", "Elsewhere", "branchId", "b-nowhere")).statusCode(422)
                .body("errors.field", hasItem("branchId"));
    }

    @Test
    void weeklyDaysOffAreDatedDataOfHeadOfficeAndLeaveTheHolidaysListed() {
        String org = "org-hol-" + UUID.randomUUID().toString().substring(0, 8);
        declare(org, Map.of("date", "2026-03-26", "name", "Independence Day")).statusCode(201);
        Map<String, Object> friday = Map.of("effectiveFrom", "2026-01-01", "days", List.of("FRIDAY"));

        given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON).body(friday)
                .when().put("/v1/orgs/{org}/holidays/weekly-days-off", org).then().statusCode(403);
        given().auth().oauth2(TestTokens.mint("admin", List.of("admin"), List.of(org))).contentType(ContentType.JSON)
                .body(friday).when().put("/v1/orgs/{org}/holidays/weekly-days-off", org).then().statusCode(200)
                .body("[0].days", contains("FRIDAY"));
        given().auth().oauth2(TestTokens.mint("admin", List.of("admin"), List.of(org))).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2025-06-01", "days", List.of("SATURDAY")))
                .when().put("/v1/orgs/{org}/holidays/weekly-days-off", org).then().statusCode(422)
                .body("errors.field", hasItem("effectiveFrom"));

        given().auth().oauth2(TestTokens.auditor(org)).when().get("/v1/orgs/{org}/holidays", org)
                .then().statusCode(200).body("date", contains("2026-03-26"));
    }

    private static io.restassured.response.ValidatableResponse declare(String org, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/{org}/holidays", org).then();
    }
}
