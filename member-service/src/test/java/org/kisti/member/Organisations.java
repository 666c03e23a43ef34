package org.kisti.member;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.ValidBodies;

/**
 * An object mother for an organisation's structure, built through the API as a field office would: a branch opened
 * in January 2025 and a group formed in it in June 2025, so an enrolment dated in 2026 finds both open.
 */
public final class Organisations {

    private Organisations() {}

    public static String branch(String orgId) {
        return given().auth().oauth2(TestTokens.staff(orgId)).contentType(ContentType.JSON)
                .body(ValidBodies.branch())
                .when().post("/v1/orgs/{org}/branches", orgId)
                .then().statusCode(201).extract().path("branch.branchId");
    }

    /** A new lending group in a new branch. */
    public static String group(String orgId) {
        return given().auth().oauth2(TestTokens.staff(orgId)).contentType(ContentType.JSON)
                .body(ValidBodies.group(branch(orgId)))
                .when().post("/v1/orgs/{org}/groups", orgId)
                .then().statusCode(201).extract().path("groupId");
    }

    /** A cohesion group formed in the group on the group's first day; its id. */
    public static String cohesionGroup(String orgId, String groupId, String name) {
        return given().auth().oauth2(TestTokens.staff(orgId)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "formedOn", "2025-06-01"))
                .when().post("/v1/orgs/{org}/groups/{group}/cohesion-groups", orgId, groupId)
                .then().statusCode(201).extract()
                .path("cohesionGroups.find { it.name == '" + name + "' }.cohesionGroupId");
    }
}
