package org.kisti.member.enrolment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** Tokens are trusted only from the present: an issue time beyond the clock skew is a 401 (ADR 0005, ADR 0009). */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class TokenRulesTest {

    private static final String ORG = "org-tokens";

    @Test
    void aTokenIssuedAnHourInTheFutureIsRefusedWith401() {
        String token = TestTokens.staffIssuedAt(Instant.now().plus(Duration.ofHours(1)), null, ORG);
        given().auth().oauth2(token)
                .when().get("/v1/orgs/{org}/members/{id}", ORG, "m-unknown")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("errors.field", hasItem("Authorization"));
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() {
        String token = TestTokens.staffIssuedAt(Instant.now().plus(Duration.ofSeconds(30)), null, ORG);
        given().auth().oauth2(token)
                .when().get("/v1/orgs/{org}/members/{id}", ORG, "m-unknown")
                .then().statusCode(404);
    }
}
