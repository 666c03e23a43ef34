package org.kisti.savings;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.ValidBodies;

/**
 * The object mother of savings tests: products, accounts and money moved through the REST edge of one organisation,
 * as staff and head office would.
 */
public final class SavingsTeller {

    private final String org;

    public SavingsTeller(String org) {
        this.org = org;
    }

    /** A savings product as {@link ValidBodies#savingsProduct()} with the given fields changed; its id. */
    public String product(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(ValidBodies.savingsProduct());
        body.putAll(changes);
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/{org}/savings-products", org).then().statusCode(201)
                .extract().path("[0].productId");
    }

    /** A member's account on a product, opened on {@code openedOn}; its id. */
    public String account(String memberId, String productId, String openedOn) {
        return open(Map.of("memberId", memberId, "currency", "BDT", "openedOn", openedOn, "productId", productId))
                .statusCode(201).extract().path("accountId");
    }

    public ValidatableResponse open(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/{org}/savings-accounts", org).then();
    }

    public ValidatableResponse deposit(String accountId, String amount, String on) {
        return moving(accountId, "/deposits", Map.of("amount", amount, "currency", "BDT", "depositedOn", on));
    }

    public ValidatableResponse withdraw(String accountId, String amount, String kind, String on) {
        return moving(accountId, "/withdrawals", Map.of("amount", amount, "currency", "BDT", "kind", kind,
                "withdrawnOn", on));
    }

    public ValidatableResponse account(String accountId) {
        return given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/savings-accounts/{id}", org, accountId).then();
    }

    public ValidatableResponse statement(String accountId, String from, String to) {
        return given().auth().oauth2(TestTokens.staff(org)).queryParam("from", from).queryParam("to", to)
                .when().get("/v1/orgs/{org}/savings-accounts/{id}/statement", org, accountId).then();
    }

    /** Head office's posting run for a period end. */
    public ValidatableResponse postInterest(String periodEnd) {
        return given().auth().oauth2(admin()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("periodEnd", periodEnd))
                .when().post("/v1/orgs/{org}/savings-interest-postings", org).then();
    }

    private ValidatableResponse moving(String accountId, String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.staff(org)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/" + org + "/savings-accounts/" + accountId + path).then();
    }

    private String admin() {
        return TestTokens.mint("admin", List.of("admin"), List.of(org));
    }
}
