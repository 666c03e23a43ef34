package org.kisti.member.enrolment;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** With an audience configured ({@code mp.jwt.verify.audiences}), a token for another audience, or none, is a 401. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
@TestProfile(TokenAudienceTest.KistiApiAudience.class)
class TokenAudienceTest {

    private static final String ORG = "org-tokens";

    public static class KistiApiAudience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.audiences", "kisti-api");
        }
    }

    @Test
    void aTokenForTheConfiguredAudienceIsAccepted() {
        given().auth().oauth2(TestTokens.staffIssuedAt(Instant.now(), "kisti-api", ORG))
                .when().get("/v1/orgs/{org}/members/{id}", ORG, "m-unknown")
                .then().statusCode(404);
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefusedWith401() {
        given().auth().oauth2(TestTokens.staffIssuedAt(Instant.now(), "another-api", ORG))
                .when().get("/v1/orgs/{org}/members/{id}", ORG, "m-unknown")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staffIssuedAt(Instant.now(), null, ORG))
                .when().get("/v1/orgs/{org}/members/{id}", ORG, "m-unknown")
                .then().statusCode(401);
    }
}
