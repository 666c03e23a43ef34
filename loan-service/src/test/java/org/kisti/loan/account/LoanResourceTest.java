package org.kisti.loan.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.EventFeed;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class LoanResourceTest {

    private static final String ORG = "org-rangpur";

    @Inject
    MembersView members;

    /** A member this service knows (her enrolment came through its inbox), fresh for each test. */
    private String borrower;

    @BeforeEach
    void aMemberThisServiceKnows() {
        borrower = MemberFacts.enrolledAndKnown(ORG, id -> members.find(ORG, id).isPresent());
    }
    static final Map<String, Object> KMSS_TERMS = Map.of(
            "principal", "10000.00", "currency", "BDT", "interestMethod", "FLAT", "rateBasis", "PER_LOAN",
            "annualInterestRate", "12.50", "repaymentFrequency", "WEEKLY", "numberOfInstallments", 46,
            "disbursementDate", "2026-01-05", "firstRepaymentDate", "2026-01-19",
            "serviceCharge", Map.of("amount", "100.00", "collection", "UPFRONT"));

    @Test
    void thePreviewGivesTheWorkedKmssSchedule() {
        given().auth().oauth2(TestTokens.funder(ORG)).contentType(ContentType.JSON).body(KMSS_TERMS)
                .when().post("/v1/orgs/{org}/schedule-previews", ORG)
                .then().statusCode(200)
                .body("installments", hasSize(46))
                .body("installments[0].dueDate", equalTo("2026-01-19"))
                .body("installments[0].principal", equalTo("217.83"))
                .body("installments[0].interest", equalTo("27.17"))
                .body("installments[0].total", equalTo("245.00"))
                .body("installments[45].total", equalTo("225.00"))
                .body("totals.total", equalTo("11250.00"))
                .body("upfrontCharge", equalTo("100.00"))
                .body("calculator", equalTo("kisti-schedule/1"));
    }

    @Test
    void invalidTermsAreRefusedNamingTheField() {
        Map<String, Object> terms = new java.util.HashMap<>(KMSS_TERMS);
        terms.put("installmentRounding", Map.of("unit", "10000", "mode", "HALF_UP"));
        given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON).body(terms)
                .when().post("/v1/orgs/{org}/schedule-previews", ORG)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("installmentRounding.unit"));
        terms.put("interestMethod", "COMPOUND");
        given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON).body(terms)
                .when().post("/v1/orgs/{org}/schedule-previews", ORG)
                .then().statusCode(400).body("errors.field", hasItem("interestMethod"));
    }

    @Test
    void aDisbursedLoanIsRepaidInstalmentByInstalmentAndPublished() {
        String loanId = disburse(KMSS_TERMS).statusCode(201)
                .body("principalOutstanding.amount", equalTo("10000.00"))
                .extract().path("loanId");

        repay(loanId, "245.00", "2026-01-19").statusCode(201)
                .body("principalPaid.amount", equalTo("217.83"))
                .body("interestPaid.amount", equalTo("27.17"))
                .body("principalOutstandingAfter.amount", equalTo("9782.17"));

        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/loans/{id}", ORG, loanId)
                .then().statusCode(200)
                .body("repayments", hasSize(1))
                .body("principalOutstanding.amount", equalTo("9782.17"));
        given().auth().oauth2(TestTokens.auditor(ORG))
                // instalments 2 (Jan 26) and 3 (Feb 2) are unpaid on Feb 3: 2 x 245.00, 8 days late
                .when().get("/v1/orgs/{org}/loans/{id}/arrears?asOf=2026-02-03", ORG, loanId)
                .then().statusCode(200)
                .body("overdueAmount", equalTo("490.00"))
                .body("daysInArrears", equalTo(8))
                .body("nextInstallmentDue.number", equalTo(4));

        List<EventFeed.FeedRecord> records = EventFeed.await("kisti.loans.v1",
                record -> loanId.equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(record -> record.headers().get("ce_type"))
                .containsExactly("org.kisti.loans.LoanDisbursed.v3", "org.kisti.loans.InstallmentPaid.v2");
        assertThat(records.get(1).headers()).containsEntry("ce_kistibusinessdate", "2026-01-19");
    }

    @Test
    void aPaymentAboveWhatIsOwedIsRefusedAndChangesNothing() {
        String loanId = disburse(KMSS_TERMS).statusCode(201).extract().path("loanId");
        repay(loanId, "11250.01", "2026-01-19").statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("amount"));
        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/loans/{id}/events", ORG, loanId)
                .then().body("$", hasSize(1));
    }

    @Test
    void disbursementTermsAreCheckedBeforeAnythingIsStored() {
        Map<String, Object> terms = new java.util.HashMap<>(KMSS_TERMS);
        terms.put("firstRepaymentDate", "2026-01-01");
        disburse(terms).statusCode(400).body("errors.field", hasItem("terms.firstRepaymentDate"));
    }

    @Test
    void aBadAsOfIsA400NamingIt() {
        String loanId = disburse(KMSS_TERMS).statusCode(201).extract().path("loanId");
        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/loans/{id}/arrears?asOf=yesterday", ORG, loanId)
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
    }

    @Test
    void aDisbursementOrRepaymentWithoutAnIdempotencyKeyIsRefusedWith428() {
        given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(Map.of("memberId", "m-1", "terms", KMSS_TERMS))
                .when().post("/v1/orgs/{org}/loans", ORG)
                .then().statusCode(428).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        String loanId = disburse(KMSS_TERMS).statusCode(201).extract().path("loanId");
        given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .body(Map.of("amount", "245.00", "currency", "BDT", "paidOn", "2026-01-19"))
                .when().post("/v1/orgs/{org}/loans/{id}/repayments", ORG, loanId)
                .then().statusCode(428).body("errors.field", hasItem("Idempotency-Key"));
        given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/loans/{id}/events", ORG, loanId)
                .then().body("$", hasSize(1));
    }

    @Test
    void aDisbursementDatedAfterTomorrowIsRefusedButAPreviewMayLookAhead() {
        Map<String, Object> terms = new java.util.HashMap<>(KMSS_TERMS);
        terms.put("disbursementDate", "2199-01-05");
        terms.put("firstRepaymentDate", "2199-01-19");
        disburse(terms).statusCode(400).body("errors.field", hasItem("terms.disbursementDate"));
        given().auth().oauth2(TestTokens.funder(ORG)).contentType(ContentType.JSON).body(terms)
                .when().post("/v1/orgs/{org}/schedule-previews", ORG)
                .then().statusCode(200).body("installments", hasSize(46));
    }

    @Test
    void aLoanForAMemberThisServiceHasNotHeardOfIsRefusedNamingMemberIdAndNothingIsStored() {
        disburseTo("m-nobody-" + UUID.randomUUID(), KMSS_TERMS).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("memberId"));
    }

    @Test
    void theApiDocumentsTheRefusalsEveryEndpointShares() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/v1/orgs/{orgId}/loans'.post.responses.keySet()",
                        org.hamcrest.Matchers.hasItems("201", "400", "401", "403", "413", "415", "428"))
                .body("paths.'/v1/orgs/{orgId}/schedule-previews'.post.responses.keySet()",
                        org.hamcrest.Matchers.not(hasItem("428")))
                .body("components.schemas.Decimal.pattern", equalTo("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"));
    }

    /** Money-moving requests go out as a field app sends them: each with a fresh Idempotency-Key. */
    private ValidatableResponse disburse(Map<String, Object> terms) {
        return disburseTo(borrower, terms);
    }

    private static ValidatableResponse disburseTo(String memberId, Map<String, Object> terms) {
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("memberId", memberId, "terms", terms))
                .when().post("/v1/orgs/{org}/loans", ORG).then();
    }

    private static ValidatableResponse repay(String loanId, String amount, String paidOn) {
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amount", amount, "currency", "BDT", "paidOn", paidOn))
                .when().post("/v1/orgs/{org}/loans/{id}/repayments", ORG, loanId).then();
    }
}
