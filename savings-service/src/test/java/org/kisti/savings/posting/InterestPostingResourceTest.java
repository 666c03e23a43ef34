package org.kisti.savings.posting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.savings.SavingsTeller;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class InterestPostingResourceTest {

    @Inject
    MembersView members;

    @Test
    void aMonthsInterestPostsOnceAndABackDatedDepositIsAdjustedInTheNextPosting() {
        String org = "org-interest-" + UUID.randomUUID().toString().substring(0, 8);
        SavingsTeller teller = new SavingsTeller(org);
        String product = teller.product(Map.of("kind", "VOLUNTARY", "balanceBasis", "DAILY_BALANCE",
                "postingPeriod", "MONTHLY", "annualInterestRate", "6.00"));
        String member = MemberFacts.enrolledAndKnown(org, id -> members.find(org, id).isPresent());
        String account = teller.account(member, product, "2026-06-01");
        teller.deposit(account, "1000.00", "2026-06-10").statusCode(201);

        teller.postInterest("2026-06-30").statusCode(201).body("accountsConsidered", equalTo(1))
                .body("postings", hasSize(1)).body("postings[0].interest.amount", equalTo("3.45"))
                .body("postings[0].periodStart", equalTo("2026-06-01"));
        teller.postInterest("2026-06-30").statusCode(201).body("postings", hasSize(0));

        teller.deposit(account, "500.00", "2026-06-20").statusCode(201);
        teller.postInterest("2026-07-31").statusCode(201).body("postings[0].interest.amount", equalTo("7.67"))
                .body("postings[0].adjustment.amount", equalTo("0.91"));

        teller.statement(account, "2026-06-15", "2026-07-31").statusCode(200)
                .body("openingBalance.amount", equalTo("1000.00"))
                .body("lines.kind", equalTo(List.of("DEPOSIT", "INTEREST", "INTEREST", "INTEREST_ADJUSTMENT")))
                .body("lines[0].balance.amount", equalTo("1500.00"))
                .body("closingBalance.amount", equalTo("1512.03"))
                .body("available.amount", equalTo("1512.03"));
        given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/savings-interest-postings/2026-06-30", org).then().statusCode(200)
                .body("postings[0].interest.amount", equalTo("3.45"));
    }

    @Test
    void onlyHeadOfficePostsAndNeverForAPeriodNotYetEnded() {
        String org = "org-interest-rules";
        given().auth().oauth2(TestTokens.staff(org)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("periodEnd", "2026-06-30"))
                .when().post("/v1/orgs/{org}/savings-interest-postings", org).then().statusCode(403);
        new SavingsTeller(org).postInterest("2999-12-31").statusCode(400).body("errors.field", hasItem("periodEnd"));
    }
}
