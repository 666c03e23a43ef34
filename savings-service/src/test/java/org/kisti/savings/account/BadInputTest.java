package org.kisti.savings.account;

import static io.restassured.RestAssured.given;
import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.Field.requiredEnum;
import static org.kisti.testing.badinput.FieldKind.AMOUNT;
import static org.kisti.testing.badinput.FieldKind.CURRENCY;
import static org.kisti.testing.badinput.FieldKind.DATE;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;
import static org.kisti.testing.badinput.FieldKind.IDENTIFIER;
import static org.kisti.testing.badinput.FieldKind.TEXT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
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
import org.kisti.testing.badinput.ValidBodies;

/**
 * Generated bad openings, deposits, withdrawals, products, posting runs and lookups (ADR 0009): each a 4xx problem naming a field, none storing anything.
 */
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
        BadRequests openings = new BadRequests("/v1/orgs/" + ORG + "/savings-accounts", List.of(ORG),
                ValidBodies.opening(knownMember()),
                List.of(required("memberId", IDENTIFIER), required("currency", CURRENCY),
                        required("openedOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL);

        BadInputProbe.assertAllRefused("POST /savings-accounts", root, TestTokens.staff(ORG), openings.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadDepositIsAProblemNamingAFieldAndStoresNothing() {
        String account = openedAccount();
        BadRequests deposits = new BadRequests("/v1/orgs/" + ORG + "/savings-accounts/" + account + "/deposits",
                List.of(ORG, account), ValidBodies.deposit(),
                List.of(required("amount", AMOUNT), required("currency", CURRENCY), required("depositedOn", FACT_DATE)),
                IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /deposits", root, TestTokens.staff(ORG), deposits.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadWithdrawalIsAProblemNamingAFieldAndStoresNothing() {
        String account = openedAccount();
        String path = "/v1/orgs/" + ORG + "/savings-accounts/" + account;
        BadInputProbe.assertAllRefused("POST /withdrawals", root, TestTokens.staff(ORG), new BadRequests(
                path + "/withdrawals", List.of(ORG, account), Map.of("amount", "40.00", "currency", "BDT", "kind",
                        "EMERGENCY", "withdrawnOn", "2026-03-02"),
                List.of(required("amount", AMOUNT), required("currency", CURRENCY),
                        requiredEnum("kind", "REGULAR", "EMERGENCY", "EXIT_REFUND"),
                        required("withdrawnOn", FACT_DATE)),
                IdempotencyKey.REQUIRED).all(), StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadInterestPostingRunIsAProblemNamingAFieldAndStoresNothing() {
        BadInputProbe.assertAllRefused("POST /savings-interest-postings", root,
                TestTokens.mint("admin", List.of("admin"), List.of(ORG)), new BadRequests(
                        "/v1/orgs/" + ORG + "/savings-interest-postings", List.of(ORG),
                        Map.of("periodEnd", "2026-06-30"), List.of(required("periodEnd", FACT_DATE)),
                        IdempotencyKey.REQUIRED).all(), StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadSavingsProductIsAProblemNamingAFieldAndStoresNothing() {
        Map<String, Object> product = ValidBodies.savingsProduct();
        BadInputProbe.assertAllRefused("POST /savings-products", root,
                TestTokens.mint("admin", List.of("admin"), List.of(ORG)), new BadRequests(
                        "/v1/orgs/" + ORG + "/savings-products", List.of(ORG), product,
                        List.of(required("effectiveFrom", DATE), required("name", TEXT), requiredEnum("kind",
                                "COMPULSORY", "VOLUNTARY", "TERM"), required("currency", CURRENCY),
                                requiredEnum("balanceBasis", "DAILY_BALANCE", "MINIMUM_MONTHLY_BALANCE"),
                                requiredEnum("postingPeriod", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY")),
                        IdempotencyKey.OPTIONAL).all(), StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadAccountOrDepositPathIsAProblemNamingItAndStoresNothing() {
        String account = openedAccount();

        BadInputProbe.assertAllRefused("GET /deposits/{depositId}", root, TestTokens.staff(ORG),
                BadRequests.paths("/v1/orgs/" + ORG + "/savings-accounts/" + account + "/deposits/d-1",
                        List.of(ORG, account, "d-1")),
                StoredFacts.in(dataSource));
    }

    private String openedAccount() {
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(ValidBodies.opening(knownMember()))
                .when().post("/v1/orgs/{org}/savings-accounts", ORG)
                .then().statusCode(201).extract().path("accountId");
    }

    private String knownMember() {
        return MemberFacts.enrolledAndKnown(ORG, id -> members.find(ORG, id).isPresent());
    }
}
