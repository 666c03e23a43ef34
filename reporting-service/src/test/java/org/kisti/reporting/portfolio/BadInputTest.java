package org.kisti.reporting.portfolio;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequests;

/** Generated bad report dates and organisation ids (ADR 0009): each a 4xx problem naming the parameter. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class BadInputTest {

    private static final String ORG = "org-badinput";

    @TestHTTPResource
    URL root;

    @Test
    void everyGeneratedBadAsOfOrOrganisationIdIsAProblemNamingIt() {
        BadInputProbe.assertAllRefused("GET /portfolio", root, TestTokens.funder(ORG),
                BadRequests.queries("/v1/orgs/{orgId}/portfolio", ORG, "asOf", "2026-01-31"), () -> 0);
    }
}
