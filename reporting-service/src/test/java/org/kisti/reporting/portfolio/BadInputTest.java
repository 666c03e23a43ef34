package org.kisti.reporting.portfolio;

import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequests;

/** Generated bad report dates, organisation ids and policies (ADR 0009): each a 4xx problem naming the field. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class BadInputTest {

    private static final String ORG = "org-badinput";

    @TestHTTPResource
    URL root;

    @Inject
    Pool database;

    @Test
    void everyGeneratedBadAsOfOrOrganisationIdIsAProblemNamingIt() {
        BadInputProbe.assertAllRefused("GET /portfolio", root, TestTokens.funder(ORG),
                BadRequests.queries("/v1/orgs/{orgId}/portfolio", ORG, "asOf", "2026-01-31"), () -> 0);
    }

    @Test
    void everyGeneratedBadClassificationPolicyIsAProblemNamingAFieldAndStoresNothing() {
        Map<String, Object> regular = new LinkedHashMap<>();
        regular.put("class", "REGULAR");
        regular.put("minDays", 0);
        regular.put("maxDays", null);
        regular.put("provisionRate", "1");
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("effectiveFrom", "2026-01-01");
        policy.put("classes", List.of(regular));
        String admin = TestTokens.mint("manager", List.of("admin"), List.of(ORG));
        BadInputProbe.assertAllRefused("PUT /classification-policy", root, admin, new BadRequests(
                "/v1/orgs/" + ORG + "/classification-policy", List.of(ORG), policy,
                List.of(required("effectiveFrom", FACT_DATE)), BadRequests.IdempotencyKey.NOT_TAKEN).all().stream()
                .map(request -> request.as("PUT")).toList(), () -> database.query(
                        "select count(*) from classification_policy").execute().await().indefinitely()
                .iterator().next().getLong(0));
    }
}
