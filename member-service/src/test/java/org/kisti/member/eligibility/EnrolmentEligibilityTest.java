package org.kisti.member.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kisti.member.Organisations;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.ValidBodies;

/** Enrolments judged by the eligibility policy in force on their date; each test has its own organisation. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class EnrolmentEligibilityTest {

    @Test
    void anEnrolmentBreakingSeveralRulesIsRefusedListingEachAndStoresNothing() {
        String org = newOrg();
        policy(org, Map.of("effectiveFrom", "2026-01-01", "minAge", 18, "maxAge", 45, "landDecimals", "50.00",
                "allowedGenders", List.of("FEMALE")));
        String group = Organisations.group(org);

        enrol(org, with(ValidBodies.enrolment(group), "dateOfBirth", "1975-06-01", "landDecimals", "60.00",
                "gender", "MALE"))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("dateOfBirth", "landDecimals", "gender"))
                .body("errors.find { it.field == 'dateOfBirth' }.rule", equalTo("age 50 is above the maximum 45"));
        members(org, group, "2026-01-31").body("members", hasSize(0));
    }

    @Test
    void anEnrolmentIsJudgedByThePolicyInForceOnItsDateNotByALaterVersion() {
        String org = newOrg();
        policy(org, Map.of("effectiveFrom", "2025-01-01", "maxAge", 55));
        policy(org, Map.of("effectiveFrom", "2026-02-01", "maxAge", 45));
        String group = Organisations.group(org);
        Map<String, Object> fifty = with(ValidBodies.enrolment(group), "dateOfBirth", "1975-06-01");

        enrol(org, with(fifty, "enrolledOn", "2026-01-20")).statusCode(201);
        enrol(org, with(fifty, "enrolledOn", "2026-02-02", "householdId", "hh-2")).statusCode(422)
                .body("errors.field", hasItem("dateOfBirth"));
    }

    @Test
    void aPolicyVersionCannotReachBackBeforeTheLatestOne() {
        String org = newOrg();
        policy(org, Map.of("effectiveFrom", "2026-02-01", "maxAge", 45));

        putPolicy(org, Map.of("effectiveFrom", "2026-01-01", "maxAge", 50)).statusCode(422)
                .body("errors.field", hasItem("effectiveFrom"));
        putPolicy(org, Map.of("effectiveFrom", "2026-03-01", "minAge", 30, "maxAge", 20)).statusCode(422)
                .body("errors.field", hasItem("maxAge"));
    }

    @Test
    void withoutAPolicyNoRuleApplies() {
        String org = newOrg();
        String group = Organisations.group(org);

        enrol(org, with(ValidBodies.enrolment(group), "dateOfBirth", "1940-01-01", "gender", "MALE"))
                .statusCode(201);
        enrol(org, ValidBodies.enrolment(group)).statusCode(201); // the same household: no rule says otherwise
    }

    @Test
    void theLastPlaceOfAGroupGoesToOneEnrolment() {
        String org = newOrg();
        policy(org, Map.of("effectiveFrom", "2025-01-01", "groupMinSize", 3, "groupMaxSize", 4));
        String group = Organisations.group(org);
        enrol(org, with(ValidBodies.enrolment(group), "householdId", "hh-a")).statusCode(201);
        members(org, group, "2026-01-31").body("belowMinimumSize", equalTo(true));
        enrol(org, with(ValidBodies.enrolment(group), "householdId", "hh-b")).statusCode(201);
        enrol(org, with(ValidBodies.enrolment(group), "householdId", "hh-c")).statusCode(201);
        members(org, group, "2026-01-31").body("belowMinimumSize", equalTo(false));

        List<Integer> statuses = concurrently(4, i -> enrol(org,
                with(ValidBodies.enrolment(group), "householdId", "hh-race-" + i)).extract().statusCode());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(3);
        members(org, group, "2026-01-31").body("members", hasSize(4));
    }

    @Test
    void aCohesionGroupBelowItsMinimumSizeIsFlaggedOnTheGroupsView() {
        String org = newOrg();
        policy(org, Map.of("effectiveFrom", "2025-01-01", "cohesionMinSize", 2));
        String group = Organisations.group(org);
        String team = Organisations.cohesionGroup(org, group, "Team 1");
        enrol(org, with(ValidBodies.enrolment(group), "cohesionGroupId", team)).statusCode(201);

        members(org, group, "2026-01-31").body("cohesionGroups[0].members", equalTo(1))
                .body("cohesionGroups[0].belowMinimumSize", equalTo(true));
    }

    @Test
    void twoConcurrentEnrolmentsFromOneHouseholdLeaveExactlyOneMember() {
        String org = newOrg();
        policy(org, Map.of("effectiveFrom", "2025-01-01", "onePerHousehold", true));
        String group = Organisations.group(org);

        List<Integer> statuses = concurrently(2, i -> enrol(org,
                with(ValidBodies.enrolment(group), "name", "Sister " + i)).extract().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        members(org, group, "2026-01-31").body("members", hasSize(1));
    }

    @Test
    void aNationalIdIsEnrolledOnceInAnOrganisationButMayBeInAnother() {
        String org = newOrg();
        String group = Organisations.group(org);
        enrol(org, with(ValidBodies.enrolment(group), "nationalId", "1990123456")).statusCode(201);
        enrol(org, with(ValidBodies.enrolment(group), "nationalId", "1990123456", "householdId", "hh-9"))
                .statusCode(422).body("errors.field", hasItem("nationalId"));

        String other = newOrg();
        enrol(other, with(ValidBodies.enrolment(Organisations.group(other)), "nationalId", "1990123456"))
                .statusCode(201);
    }

    @Test
    void aCohesionGroupAtItsMaximumTakesNoOneElse() {
        String org = newOrg();
        policy(org, Map.of("effectiveFrom", "2025-01-01", "cohesionMaxSize", 1));
        String group = Organisations.group(org);
        String team = Organisations.cohesionGroup(org, group, "Team 1");
        enrol(org, with(ValidBodies.enrolment(group), "cohesionGroupId", team)).statusCode(201);

        enrol(org, with(ValidBodies.enrolment(group), "cohesionGroupId", team, "householdId", "hh-2"))
                .statusCode(422).body("errors.field", hasItem("cohesionGroupId"));
        enrol(org, with(ValidBodies.enrolment(group), "cohesionGroupId", "cg-of-nobody", "householdId", "hh-3"))
                .statusCode(422).body("errors.field", hasItem("cohesionGroupId"));
    }

    private static String newOrg() {
        return "org-elig-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void policy(String org, Map<String, Object> version) {
        putPolicy(org, version).statusCode(200);
    }

    private static ValidatableResponse putPolicy(String org, Map<String, Object> version) {
        return given().auth().oauth2(TestTokens.mint("manager", List.of("admin"), List.of(org)))
                .contentType(ContentType.JSON).body(version)
                .when().put("/v1/orgs/{org}/eligibility-policy", org).then();
    }

    private static ValidatableResponse enrol(String org, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orgs/{org}/members", org).then();
    }

    private static ValidatableResponse members(String org, String group, String asOf) {
        return given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/groups/{group}?asOf={day}", org, group, asOf).then().statusCode(200);
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... changes) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        for (int i = 0; i < changes.length; i += 2) {
            changed.put((String) changes[i], changes[i + 1]);
        }
        return changed;
    }

    interface Attempt {
        int run(int index) throws Exception;
    }

    /** Starts the attempts together, so they race for the same rows. */
    private static List<Integer> concurrently(int count, Attempt attempt) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return attempt.run(index);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
