package org.kisti.savings.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.FieldKind.AMOUNT;
import static org.kisti.testing.badinput.FieldKind.CURRENCY;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;
import static org.kisti.testing.badinput.FieldKind.IDENTIFIER;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequests;
import org.kisti.testing.badinput.BadRequests.IdempotencyKey;
import org.kisti.testing.badinput.StoredFacts;

/** Generated bad openings and deposits (ADR 0009): each a 4xx problem naming a field, none storing anything. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class BadInputTest {

    private static final String ORG = "org-badinput";

    @TestHTTPResource
    URL root;

    @Inject
    DataSource dataSource;

    @Inject
    MembersView members;

    @Test
    void everyGeneratedBadOpeningIsAProblemNamingAFieldAndStoresNothing() {
        String member = knownMember();
        BadRequests openings = new BadRequests("/v1/orgs/" + ORG + "/savings-accounts", List.of(ORG),
                Map.of("memberId", member, "currency", "BDT", "openedOn", "2026-01-05"),
                List.of(required("memberId", IDENTIFIER), required("currency", CURRENCY),
                        required("openedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL);

        assertNoFindings(BadInputProbe.run("POST /savings-accounts", base(), TestTokens.staff(ORG), openings.all(),
                StoredFacts.in(dataSource)));
    }

    @Test
    void everyGeneratedBadDepositIsAProblemNamingAFieldAndStoresNothing() {
        String account = given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(Map.of("memberId", knownMember(), "currency", "BDT", "openedOn", "2026-01-05"))
                .when().post("/v1/orgs/{org}/savings-accounts", ORG)
                .then().statusCode(201).extract().path("accountId");
        BadRequests deposits = new BadRequests("/v1/orgs/" + ORG + "/savings-accounts/" + account + "/deposits",
                List.of(ORG, account),
                Map.of("amount", "100.00", "currency", "BDT", "depositedOn", "2026-01-12"),
                List.of(required("amount", AMOUNT), required("currency", CURRENCY), required("depositedOn", FACT_DATE)),
                IdempotencyKey.REQUIRED);

        assertNoFindings(BadInputProbe.run("POST /deposits", base(), TestTokens.staff(ORG), deposits.all(),
                StoredFacts.in(dataSource)));
    }

    private static void assertNoFindings(BadInputProbe.Report report) {
        System.out.println(report.summary());
        assertThat(report.findings()).isEmpty();
    }

    private String knownMember() {
        String memberId = MemberFacts.enrolled(ORG);
        await().atMost(Duration.ofSeconds(30)).until(() -> members.find(ORG, memberId).isPresent());
        return memberId;
    }

    private String base() {
        String url = root.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
