package org.kisti.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.KistiService;

/** The calls a partner NGO's field app and a funder make, in the words of the domain. */
final class Journey {

    static final String ORG = "org-demo";
    private final DevStack stack;
    private String groupId;
    private String branchId;

    Journey(DevStack stack) {
        this.stack = stack;
    }

    RequestSpecification as(String token, KistiService service) {
        return given().baseUri(stack.serviceUrl(service)).auth().oauth2(stack.token(token)).contentType(ContentType.JSON);
    }

    /** A request that moves money, sent as a field app does: with an Idempotency-Key of its own. */
    RequestSpecification movingMoney(KistiService service) {
        return as("staff", service).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    RequestSpecification anonymous(KistiService service) {
        return given().baseUri(stack.serviceUrl(service)).contentType(ContentType.JSON);
    }

    String enrol(String name, String on) {
        return enrolInto(group(), name, on);
    }

    /** The journey's group: a samity of the Dhanmondi branch, both opened through the API on first use. */
    synchronized String group() {
        if (groupId == null) {
            branchId = as("staff", KistiService.MEMBER)
                    .body(Map.of("name", "Dhanmondi", "code", "DHK-07", "district", "Dhaka", "subDistrict", "Dhanmondi",
                            "openedOn", "2025-01-01"))
                    .post("/v1/orgs/{org}/branches", ORG)
                    .then().statusCode(201).extract().path("branch.branchId");
            groupId = as("staff", KistiService.MEMBER)
                    .body(Map.of("branchId", branchId, "kind", "LENDING_GROUP", "name", "Shapla Mohila Samity",
                            "meetingDay", "TUESDAY", "meetingPlace", "Courtyard of Rahima Begum",
                            "officerId", "staff-42", "formedOn", "2025-06-01"))
                    .post("/v1/orgs/{org}/groups", ORG)
                    .then().statusCode(201).extract().path("groupId");
        }
        return groupId;
    }

    /** The branch of the journey's group. */
    synchronized String branch() {
        group();
        return branchId;
    }

    String enrolInto(String group, String name, String on) {
        return enrolInto(group, null, name, on);
    }

    /** Enrols her into the group and, unless null, one of its cohesion groups; her id. */
    String enrolInto(String group, String cohesionGroup, String name, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("groupId", group, "name", name, "dateOfBirth", "1990-04-14",
                "gender", "FEMALE", "householdId", "hh-" + UUID.randomUUID(), "landDecimals", "12.50",
                "enrolledOn", on));
        if (cohesionGroup != null) {
            body.put("cohesionGroupId", cohesionGroup);
        }
        return as("staff", KistiService.MEMBER).body(body).post("/v1/orgs/{org}/members", ORG)
                .then().statusCode(201).extract().path("memberId");
    }

    /** Forms cohesion groups "Team 1" to "Team {@code count}" in the group on 2025-06-01; their ids, in order. */
    List<String> cohesionGroups(String group, int count) {
        List<String> teams = new ArrayList<>();
        for (int t = 1; t <= count; t++) {
            teams.add(as("staff", KistiService.MEMBER).body(Map.of("name", "Team " + t, "formedOn", "2025-06-01"))
                    .post("/v1/orgs/{org}/groups/{group}/cohesion-groups", ORG, group).then().statusCode(201)
                    .extract().path("cohesionGroups.find { it.name == 'Team " + t + "' }.cohesionGroupId"));
        }
        return teams;
    }

    String openSavings(String memberId, String on) {
        Map<String, String> body = Map.of("memberId", memberId, "currency", "BDT", "openedOn", on);
        return onceSheIsKnown(() -> as("staff", KistiService.SAVINGS).body(body)
                        .post("/v1/orgs/{org}/savings-accounts", ORG))
                .then().statusCode(201).extract().path("accountId");
    }

    void deposit(String accountId, String amount, String on) {
        movingMoney(KistiService.SAVINGS)
                .body(Map.of("amount", amount, "currency", "BDT", "depositedOn", on))
                .post("/v1/orgs/{org}/savings-accounts/{id}/deposits", ORG, accountId)
                .then().statusCode(201);
    }

    String disburse(String memberId, String principal, int weeks, String on, String firstRepayment) {
        Map<String, Object> terms = Map.of("principal", principal, "currency", "BDT", "interestMethod", "FLAT",
                "rateBasis", "PER_LOAN", "annualInterestRate", "12.50", "repaymentFrequency", "WEEKLY",
                "numberOfInstallments", weeks, "disbursementDate", on, "firstRepaymentDate", firstRepayment);
        String key = UUID.randomUUID().toString();
        return onceSheIsKnown(() -> as("staff", KistiService.LOAN).header("Idempotency-Key", key)
                        .body(Map.of("memberId", memberId, "terms", terms)).post("/v1/orgs/{org}/loans", ORG))
                .then().statusCode(201).extract().path("loanId");
    }

    /**
     * Savings and loans learn of a new member from her enrolment event a moment after it is stored; inside that moment
     * they answer 422 naming memberId, and a client retries (the same request, the same Idempotency-Key), as here.
     */
    static Response onceSheIsKnown(Supplier<Response> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response response = call.get();
        while (response.statusCode() == 422 && response.asString().contains("memberId")
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = call.get();
        }
        return response;
    }

    void repay(String loanId, String amount, String on) {
        movingMoney(KistiService.LOAN)
                .body(Map.of("amount", amount, "currency", "BDT", "paidOn", on))
                .post("/v1/orgs/{org}/loans/{id}/repayments", ORG, loanId)
                .then().statusCode(201);
    }

    /** The whole organisation's report, as its auditor reads it (a funder sees only its funds' loans). */
    JsonPath portfolio(String asOf) {
        return portfolio("auditor", "asOf=" + asOf);
    }

    JsonPath portfolio(String token, String query) {
        return as(token, KistiService.REPORTING).get("/v1/orgs/" + ORG + "/portfolio?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    String applyForLoan(String product, String fund, String member, String amount, String on) {
        LocalDate day = LocalDate.parse(on);
        Map<String, Object> body = new HashMap<>();
        body.put("memberId", member);
        body.put("productId", product);
        body.put("amount", amount);
        body.put("currency", "BDT");
        body.put("installments", 46);
        body.put("purpose", "POULTRY");
        body.put("fundId", fund);
        body.put("appliedOn", on);
        body.put("disbursementDate", day.plusDays(7).toString());
        body.put("firstRepaymentDate", day.plusDays(22).toString());
        return as("staff", KistiService.LOAN).body(body).post("/v1/orgs/{org}/loan-applications", ORG)
                .then().statusCode(201).extract().path("[0].applicationId");
    }

    /** Approved by a second person (the admin), as the product asks. */
    Response approve(String application, String on) {
        return as("admin", KistiService.LOAN).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("approvedOn", on))
                .post("/v1/orgs/{org}/loan-applications/{id}/approval", ORG, application);
    }

    /** Services learn other services' facts from the topics a moment after they are stored: ask until one has. */
    static Response until(Supplier<Response> call, Predicate<Response> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Response response = call.get();
        while (!done.test(response) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = call.get();
        }
        return response;
    }

    /** A savings account once the facts other services publish have reached it (a lien, a refund on exit). */
    JsonPath savingsOnceItShows(String accountId, Predicate<JsonPath> shown) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath account = savings(accountId);
        while (!shown.test(account) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            account = savings(accountId);
        }
        return account;
    }

    JsonPath savings(String accountId) {
        return as("staff", KistiService.SAVINGS).get("/v1/orgs/{org}/savings-accounts/{id}", ORG, accountId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The report is eventually consistent: wait until the projection has caught up with what was written. */
    JsonPath portfolioOnceItShows(String asOf, Predicate<JsonPath> caughtUp) throws InterruptedException {
        return reportOnceItShows("asOf=" + asOf, caughtUp);
    }

    /** As {@link #portfolioOnceItShows}, for any query of the report (a roll-up, a period). */
    JsonPath reportOnceItShows(String query, Predicate<JsonPath> caughtUp) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath report = portfolio("auditor", query);
        while (!caughtUp.test(report) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            report = portfolio("auditor", query);
        }
        return report;
    }
}
