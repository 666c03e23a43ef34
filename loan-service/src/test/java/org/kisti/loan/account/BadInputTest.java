package org.kisti.loan.account;

import static io.restassured.RestAssured.given;
import static org.kisti.testing.badinput.Field.optionalEnum;
import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.Field.requiredEnum;
import static org.kisti.testing.badinput.FieldKind.AMOUNT;
import static org.kisti.testing.badinput.FieldKind.COUNT;
import static org.kisti.testing.badinput.FieldKind.CURRENCY;
import static org.kisti.testing.badinput.FieldKind.DATE;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;
import static org.kisti.testing.badinput.FieldKind.IDENTIFIER;
import static org.kisti.testing.badinput.FieldKind.RATE;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.kisti.testing.badinput.StoredFacts;

/**
 * Generated bad previews, disbursements and repayments (ADR 0009): each a 4xx problem naming a field, none storing
 * anything. Previews are open to funders, so a short hostile number must cost nothing there either.
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
        BadRequests previews = new BadRequests("/v1/orgs/" + ORG + "/schedule-previews", List.of(ORG), terms(),
                termFields(""), IdempotencyKey.NOT_TAKEN);

        BadInputProbe.assertAllRefused("POST /schedule-previews", root, TestTokens.funder(ORG), previews.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadDisbursementIsAProblemNamingAFieldAndStoresNothing() {
        List<Field> fields = new ArrayList<>(List.of(required("memberId", IDENTIFIER)));
        fields.addAll(termFields("terms."));
        fields.set(fields.indexOf(required("terms.disbursementDate", DATE)), required("terms.disbursementDate", FACT_DATE));
        BadRequests disbursements = new BadRequests("/v1/orgs/" + ORG + "/loans", List.of(ORG),
                Map.of("memberId", knownMember(), "terms", terms()), fields, IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /loans", root, TestTokens.staff(ORG), disbursements.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadRepaymentIsAProblemNamingAFieldAndStoresNothing() {
        String loan = given().auth().oauth2(TestTokens.staff(ORG)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("memberId", knownMember(), "terms", terms()))
                .when().post("/v1/orgs/{org}/loans", ORG)
                .then().statusCode(201).extract().path("loanId");
        BadRequests repayments = new BadRequests("/v1/orgs/" + ORG + "/loans/" + loan + "/repayments",
                List.of(ORG, loan), Map.of("amount", "245.00", "currency", "BDT", "paidOn", "2026-01-19"),
                List.of(required("amount", AMOUNT), required("currency", CURRENCY), required("paidOn", FACT_DATE)),
                IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /repayments", root, TestTokens.staff(ORG), repayments.all(),
                StoredFacts.in(dataSource));
    }

    private static Map<String, Object> terms() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("principal", "10000.00");
        terms.put("currency", "BDT");
        terms.put("interestMethod", "FLAT");
        terms.put("rateBasis", "PER_LOAN");
        terms.put("annualInterestRate", "12.50");
        terms.put("repaymentFrequency", "WEEKLY");
        terms.put("numberOfInstallments", 46);
        terms.put("disbursementDate", "2026-01-05");
        terms.put("firstRepaymentDate", "2026-01-19");
        terms.put("installmentRounding", Map.of("unit", "1", "mode", "HALF_UP"));
        terms.put("serviceCharge", Map.of("amount", "100.00", "collection", "UPFRONT"));
        return terms;
    }

    private static List<Field> termFields(String prefix) {
        return List.of(
                required(prefix + "principal", AMOUNT), required(prefix + "currency", CURRENCY),
                requiredEnum(prefix + "interestMethod", "FLAT", "DECLINING_EQUAL_INSTALLMENT",
                        "DECLINING_EQUAL_PRINCIPAL", "INTEREST_FREE"),
                optionalEnum(prefix + "rateBasis", "PER_YEAR", "PER_LOAN"),
                required(prefix + "annualInterestRate", RATE),
                requiredEnum(prefix + "repaymentFrequency", "WEEKLY", "FORTNIGHTLY", "MONTHLY"),
                required(prefix + "numberOfInstallments", COUNT),
                required(prefix + "disbursementDate", DATE), required(prefix + "firstRepaymentDate", DATE),
                optionalEnum(prefix + "installmentRounding.mode", "HALF_UP", "UP", "DOWN"));
    }

    private String knownMember() {
        return MemberFacts.enrolledAndKnown(ORG, id -> members.find(ORG, id).isPresent());
    }
}
