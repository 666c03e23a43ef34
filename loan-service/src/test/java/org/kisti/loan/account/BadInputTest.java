package org.kisti.loan.account;

import static io.restassured.RestAssured.given;
import static org.kisti.testing.badinput.Field.optional;
import static org.kisti.testing.badinput.Field.optionalEnum;
import static org.kisti.testing.badinput.Field.optionalObject;
import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.Field.requiredEnum;
import static org.kisti.testing.badinput.Field.requiredObject;
import static org.kisti.testing.badinput.FieldKind.AMOUNT;
import static org.kisti.testing.badinput.FieldKind.COUNT;
import static org.kisti.testing.badinput.FieldKind.CURRENCY;
import static org.kisti.testing.badinput.FieldKind.DATE;
import static org.kisti.testing.badinput.FieldKind.DECIMAL;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;
import static org.kisti.testing.badinput.FieldKind.FEE;
import static org.kisti.testing.badinput.FieldKind.IDENTIFIER;
import static org.kisti.testing.badinput.FieldKind.RATE;
import static org.kisti.testing.badinput.FieldKind.TEXT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequests;
import org.kisti.testing.badinput.BadRequests.IdempotencyKey;
import org.kisti.testing.badinput.Field;
import org.kisti.testing.badinput.FieldKind;
import org.kisti.testing.badinput.StoredFacts;
import org.kisti.testing.badinput.ValidBodies;

/**
 * Generated bad previews, disbursements, repayments and lookups (ADR 0009): each a 4xx problem naming a field, none
 * storing anything. Previews are open to funders, so a short hostile number must cost nothing there either.
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
    void everyGeneratedBadScheduleTermIsAProblemNamingAFieldAndStoresNothing() {
        // A preview may look ahead: its disbursement date is any date of the business window.
        BadRequests previews = new BadRequests("/v1/orgs/" + ORG + "/schedule-previews", List.of(ORG),
                ValidBodies.loanTerms(), termFields(DATE), IdempotencyKey.NOT_TAKEN);

        BadInputProbe.assertAllRefused("POST /schedule-previews", root, TestTokens.funder(ORG), previews.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadDisbursementIsAProblemNamingAFieldAndStoresNothing() {
        // A disbursement is a fact: not dated after tomorrow.
        BadRequests disbursements = new BadRequests("/v1/orgs/" + ORG + "/loans", List.of(ORG),
                ValidBodies.disbursement(knownMember()),
                List.of(required("memberId", IDENTIFIER), requiredObject("terms", termFields(FACT_DATE))),
                IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /loans", root, TestTokens.staff(ORG), disbursements.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadRepaymentIsAProblemNamingAFieldAndStoresNothing() {
        String loan = disbursedLoan();
        BadRequests repayments = new BadRequests("/v1/orgs/" + ORG + "/loans/" + loan + "/repayments",
                List.of(ORG, loan), ValidBodies.repayment(),
                List.of(required("amount", AMOUNT), required("currency", CURRENCY), required("paidOn", FACT_DATE)),
                IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /repayments", root, TestTokens.staff(ORG), repayments.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadSettlementIsAProblemNamingAFieldAndStoresNothing() {
        String loan = disbursedLoan();
        BadRequests settlements = new BadRequests("/v1/orgs/" + ORG + "/loans/" + loan + "/settlement",
                List.of(ORG, loan), Map.of("amount", "10000.00", "currency", "BDT", "settledOn", "2026-01-05"),
                List.of(required("amount", AMOUNT), required("currency", CURRENCY), required("settledOn", FACT_DATE)),
                IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /settlement", root, TestTokens.staff(ORG), settlements.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadWriteOffRecoveryOrPolicyIsAProblemNamingAFieldAndStoresNothing() {
        String loan = disbursedLoan();
        String admin = TestTokens.mint("admin", List.of("admin"), List.of(ORG));
        BadInputProbe.assertAllRefused("POST /write-off", root, admin, new BadRequests("/v1/orgs/" + ORG
                + "/loans/" + loan + "/write-off", List.of(ORG, loan), Map.of("writtenOffOn", "2026-07-18",
                        "reason", "Classified bad"), List.of(required("writtenOffOn", FACT_DATE),
                        required("reason", TEXT)), IdempotencyKey.REQUIRED).all(), StoredFacts.in(dataSource));
        BadInputProbe.assertAllRefused("POST /recoveries", root, TestTokens.staff(ORG), new BadRequests(
                "/v1/orgs/" + ORG + "/loans/" + loan + "/recoveries", List.of(ORG, loan), Map.of("amount", "500.00",
                        "currency", "BDT", "recoveredOn", "2026-08-01"), List.of(required("amount", AMOUNT),
                        required("currency", CURRENCY), required("recoveredOn", FACT_DATE)),
                IdempotencyKey.REQUIRED).all(), StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadReversalIsAProblemNamingAFieldAndStoresNothing() {
        String loan = disbursedLoan();
        String payment = given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(ValidBodies.repayment())
                .when().post("/v1/orgs/{org}/loans/{id}/repayments", ORG, loan).then().statusCode(201)
                .extract().path("paymentId");
        BadRequests reversals = new BadRequests("/v1/orgs/" + ORG + "/loans/" + loan + "/repayments/" + payment
                + "/reversal", List.of(ORG, loan, payment), Map.of("reason", "Entered twice", "reversedOn",
                        "2026-02-02"),
                List.of(required("reason", TEXT), required("reversedOn", FACT_DATE)), IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /reversal", root, TestTokens.mint("admin", List.of("admin"),
                List.of(ORG)), reversals.all(), StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadLoanOrRepaymentPathIsAProblemNamingItAndStoresNothing() {
        String loan = disbursedLoan();

        BadInputProbe.assertAllRefused("GET /repayments/{paymentId}", root, TestTokens.staff(ORG),
                BadRequests.paths("/v1/orgs/" + ORG + "/loans/" + loan + "/repayments/p-1", List.of(ORG, loan, "p-1")),
                StoredFacts.in(dataSource));
    }

    /** The fields of loan terms, with the rules each refuses beyond its kind's (LoanTermsValidator). */
    private static List<Field> termFields(FieldKind disbursementDate) {
        return List.of(
                required("principal", AMOUNT), required("currency", CURRENCY),
                requiredEnum("interestMethod", "FLAT", "DECLINING_EQUAL_INSTALLMENT", "DECLINING_EQUAL_PRINCIPAL",
                        "INTEREST_FREE"),
                optionalEnum("rateBasis", "PER_YEAR", "PER_LOAN"),
                required("annualInterestRate", RATE),
                requiredEnum("repaymentFrequency", "WEEKLY", "FORTNIGHTLY", "MONTHLY"),
                required("numberOfInstallments", COUNT),
                required("disbursementDate", disbursementDate), required("firstRepaymentDate", DATE),
                optionalObject("installmentRounding", List.of(
                        // Units are 0.01, 1, 5 or 10; modes HALF_UP, UP or DOWN, though Java knows more.
                        optional("unit", DECIMAL).alsoRefusing("\"0\"", "\"0.00\"", "\"2\"", "\"0.001\"", "\"100\"",
                                "\"-1\""),
                        optionalEnum("mode", "HALF_UP", "UP", "DOWN").alsoRefusing("\"UNNECESSARY\"",
                                "\"HALF_EVEN\"", "\"HALF_DOWN\"", "\"CEILING\"", "\"FLOOR\""))),
                optionalObject("serviceCharge", List.of(
                        // An UPFRONT charge must be less than the principal (10000.00), or nothing reaches her.
                        required("amount", FEE).alsoRefusing("\"10000.00\"", "\"10000.01\""),
                        requiredEnum("collection", "UPFRONT", "SPREAD"))));
    }

    private String disbursedLoan() {
        return given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ValidBodies.disbursement(knownMember()))
                .when().post("/v1/orgs/{org}/loans", ORG)
                .then().statusCode(201).extract().path("loanId");
    }

    private String knownMember() {
        return MemberFacts.enrolledAndKnown(ORG, id -> members.find(ORG, id).isPresent());
    }
}
