package org.kisti.member.group;

import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.Field.requiredEnum;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;
import static org.kisti.testing.badinput.FieldKind.IDENTIFIER;
import static org.kisti.testing.badinput.FieldKind.TEXT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.member.Organisations;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequests;
import org.kisti.testing.badinput.BadRequests.IdempotencyKey;
import org.kisti.testing.badinput.StoredFacts;
import org.kisti.testing.badinput.ValidBodies;

/** Generated bad branch and group requests (ADR 0009): each a 4xx problem naming a field, none storing anything. */
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
