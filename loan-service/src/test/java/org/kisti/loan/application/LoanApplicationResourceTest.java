package org.kisti.loan.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.Money;
import org.kisti.events.member.MemberTrainingCompleted;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.events.organisation.HolidayDeclared;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.loan.facts.ApprovalFacts;
import org.kisti.loan.facts.CalendarView;
import org.kisti.loan.schedule.DueDates;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.ValidBodies;

/**
 * KMSS's rules end to end inside loan-service: a member trained and saving 1,000 is approved for 10,000; one saving
 * 800 is refused naming the savings rule; the officer who applied cannot approve; a product above the cap is refused.
 * Other services' facts arrive as they would, on the topics.
 */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class LoanApplicationResourceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    @Inject
    MembersView members;

    @Inject
    CalendarView calendar;

    @Inject
    ApprovalFacts facts;

    @Test
    void aTrainedMemberSavingTenPercentIsApprovedByASecondPersonAndTheApprovalRecordsWhatItSaw() {
        String org = newOrg();
        String product = product(org, fund(org));
        String member = trainedMemberSaving(org, "1000.00");

        String application = apply(org, product, member, "10000.00");

        approve(org, application, "manager").statusCode(201)
                .body("[1].cycle", equalTo(1))
                .body("[1].savingsSeen.amount", equalTo("1000.00"))
                .body("[1].trainedWeeks", equalTo(8));
    }

    @Test
    void anApprovedApplicationIsDisbursedOnceAndTheLoanRecordsWhereItCameFrom() {
        String org = newOrg();
        String product = product(org, fund(org));
        String application = apply(org, product, trainedMemberSaving(org, "1000.00"), "10000.00");
        approve(org, application, "manager").statusCode(201);

        disburse(org, application).statusCode(201)
                .body("origin.applicationId", equalTo(application))
                .body("origin.productId", equalTo(product))
                .body("origin.funderId", equalTo("ab-bank"))
                .body("origin.cycle", equalTo(1))
                .body("principal.amount", equalTo("10000.00"));
        disburse(org, application).statusCode(409);
    }

    @Test
    void aDueDateOnAHolidayMovesToTheNextWorkingDayAsTheProductSays() {
        String org = newOrg();
        Map<String, Object> body = productBody(fund(org));
        body.put("holidayRule", "NEXT_WORKING_DAY");
        String product = given().auth().oauth2(admin(org)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/{org}/loan-products", org).then().statusCode(201)
                .body("[0].holidayRule", equalTo("NEXT_WORKING_DAY")).extract().path("[0].productId");
        LocalDate firstDue = DAY.plusDays(22);
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            // Two days off in a row over the first due date: it moves past both.
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new HolidayDeclared(org, "h-1", null, firstDue,
                    "Independence Day"), 0);
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new HolidayDeclared(org, "h-2", null, firstDue.plusDays(1),
                    "Bank holiday"), 0);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> calendar.calendar(org, null, null,
                DueDates.HolidayRule.NEXT_WORKING_DAY, DAY).holidays().size() == 2);
        String application = apply(org, product, trainedMemberSaving(org, "1000.00"), "10000.00");
        approve(org, application, "manager").statusCode(201);

        disburse(org, application).statusCode(201)
                .body("schedule[0].dueDate", equalTo(firstDue.plusDays(2).toString()))
                .body("schedule[1].dueDate", equalTo(firstDue.plusWeeks(1).toString()));
    }

    @Test
    void onceHerFirstLoanIsRepaidASecondAboveTheCycleTwoCapIsRefused() {
        String org = newOrg();
        String product = product(org, fund(org));
        String member = trainedMemberSaving(org, "6000.00");
        String first = apply(org, product, member, "10000.00");
        approve(org, first, "manager").statusCode(201);
        String loan = disburse(org, first).statusCode(201).extract().path("loanId");
        List<Map<String, Object>> schedule = given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/loans/{loan}", org, loan).then().statusCode(200).extract()
                .path("schedule.installments");
        BigDecimal owed = schedule.stream().map(line -> new BigDecimal((String) line.get("total")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        given().auth().oauth2(TestTokens.staff(org)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("amount", owed.toPlainString(), "currency", "BDT",
                        "paidOn", DAY.plusDays(22).toString()))
                .when().post("/v1/orgs/{org}/loans/{loan}/repayments", org, loan).then().statusCode(201);

        String second = apply(org, product, member, "60000.00", DAY.plusDays(30));
        approve(org, second, "manager", DAY.plusDays(33)).statusCode(422)
                .body("errors.rule", hasItem("60000.00 is above the cap for her loan cycle 2, 50000.00"));
    }

    @Test
    void aMemberSavingTooLittleIsRefusedNamingTheSavingsRuleAndNothingIsStored() {
        String org = newOrg();
        String product = product(org, fund(org));
        String member = trainedMemberSaving(org, "800.00");
        String application = apply(org, product, member, "10000.00");

        approve(org, application, "manager").statusCode(422).contentType("application/problem+json")
                .body("errors.rule", hasItem(containsString("needs savings of 1000.00 (10 %)")));
        given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/loan-applications/{id}", org, application)
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void theOfficerWhoAppliedCannotApproveWhenTheProductNeedsASecondPerson() {
        String org = newOrg();
        String product = product(org, fund(org));
        String member = trainedMemberSaving(org, "1000.00");
        String application = apply(org, product, member, "10000.00");

        approve(org, application, "staff@" + org).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anApplicationIsDecidedOnce() {
        String org = newOrg();
        String product = product(org, fund(org));
        String application = apply(org, product, MemberFacts.enrolled(org), "10000.00");

        given().auth().oauth2(TestTokens.mint("manager", List.of("org-staff"), List.of(org)))
                .contentType(ContentType.JSON).body(Map.of("rejectedOn", "2026-02-03", "reason", "Withdrawn"))
                .when().post("/v1/orgs/{org}/loan-applications/{id}/rejection", org, application)
                .then().statusCode(201);
        approve(org, application, "manager").statusCode(422).body("errors.field", hasItem("applicationId"));
    }

    @Test
    void aWithdrawnApplicationCannotBeApproved() {
        String org = newOrg();
        String application = apply(org, product(org, fund(org)), MemberFacts.enrolled(org), "10000.00");

        given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON)
                .body(Map.of("withdrawnOn", "2026-02-04", "reason", "She will borrow after the harvest"))
                .when().post("/v1/orgs/{org}/loan-applications/{id}/withdrawal", org, application)
                .then().statusCode(201).body("[1].reason", equalTo("She will borrow after the harvest"));
        approve(org, application, "manager").statusCode(422).body("errors.field", hasItem("applicationId"));
    }

    @Test
    void aProductWhoseEffectiveRateIsAboveTheCapIsRefusedNamingTheRateAndTheCap() {
        String org = newOrg();
        String fund = fund(org);
        given().auth().oauth2(admin(org)).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2026-01-01", "maxEffectiveAnnualRate", "27.00"))
                .when().put("/v1/orgs/{org}/lending-policy", org).then().statusCode(200);

        Map<String, Object> dear = productBody(fund);
        dear.put("rateBasis", "PER_YEAR");
        dear.put("annualInterestRate", "24.00");
        given().auth().oauth2(admin(org)).contentType(ContentType.JSON).body(dear)
                .when().post("/v1/orgs/{org}/loan-products", org)
                .then().statusCode(422).body("errors.field", hasItem("annualInterestRate"))
                .body("errors.rule", hasItem(containsString("above the organisation's cap of 27.00 %")));
    }

    private String trainedMemberSaving(String org, String saved) {
        String member = MemberFacts.enrolledAndKnown(org, id -> members.find(org, id).isPresent());
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new EligibilityPolicySet(org, "p-" + org, DAY.minusYears(1),
                    null, null, null, List.of(), null, null, null, null, null, 8), 0);
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new MemberTrainingCompleted(org, member, "t-1",
                    "Financial literacy", 8, DAY.minusDays(10)), 1);
            publisher.publish(EventCatalog.SAVINGS_TOPIC, new SavingsDeposited(org, "s-" + member, member, "d-1",
                    Money.of(saved, "BDT"), Money.of(saved, "BDT"), DAY.minusDays(5)), 1);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                facts.training(org, member, DAY).weeks() >= 8
                        && facts.training(org, member, DAY).threshold() != null
                        && facts.savings(org, member, "BDT", DAY).compareTo(new BigDecimal(saved)) == 0);
        return member;
    }

    private static String apply(String org, String product, String member, String amount) {
        return apply(org, product, member, amount, DAY);
    }

    private static String apply(String org, String product, String member, String amount, LocalDate day) {
        Map<String, Object> body = new HashMap<>();
        body.put("memberId", member);
        body.put("productId", product);
        body.put("amount", amount);
        body.put("currency", "BDT");
        body.put("installments", 46);
        body.put("purpose", "POULTRY");
        body.put("fundId", fundOf.get(org));
        body.put("appliedOn", day.toString());
        body.put("disbursementDate", day.plusDays(7).toString());
        body.put("firstRepaymentDate", day.plusDays(22).toString());
        return given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/{org}/loan-applications", org)
                .then().statusCode(201).extract().path("[0].applicationId");
    }

    private static ValidatableResponse disburse(String org, String application) {
        return given().auth().oauth2(TestTokens.staff(org)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("disbursedOn", DAY.plusDays(7).toString()))
                .when().post("/v1/orgs/{org}/loan-applications/{id}/disbursement", org, application).then();
    }

    private static ValidatableResponse approve(String org, String application, String user) {
        return approve(org, application, user, DAY.plusDays(3));
    }

    private static ValidatableResponse approve(String org, String application, String user, LocalDate day) {
        return given().auth().oauth2(TestTokens.mint(user, List.of("org-staff"), List.of(org)))
                .contentType(ContentType.JSON).body(Map.of("approvedOn", day.toString()))
                .when().post("/v1/orgs/{org}/loan-applications/{id}/approval", org, application).then();
    }

    private static final Map<String, String> fundOf = new java.util.concurrent.ConcurrentHashMap<>();

    private static String fund(String org) {
        String fund = given().auth().oauth2(admin(org)).contentType(ContentType.JSON)
                .body(Map.of("name", "AB Bank line", "funderId", "ab-bank", "currency", "BDT",
                        "registeredOn", "2026-01-01"))
                .when().post("/v1/orgs/{org}/funds", org).then().statusCode(201).extract().path("fundId");
        fundOf.put(org, fund);
        return fund;
    }

    private static String product(String org, String fund) {
        return given().auth().oauth2(admin(org)).contentType(ContentType.JSON).body(productBody(fund))
                .when().post("/v1/orgs/{org}/loan-products", org)
                .then().statusCode(201).extract().path("[0].productId");
    }

    private static Map<String, Object> productBody(String fund) {
        return new HashMap<>(ValidBodies.loanProduct(fund));
    }

    private static String admin(String org) {
        return TestTokens.mint("admin@" + org, List.of("admin"), List.of(org));
    }

    private static String newOrg() {
        return "org-orig-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
