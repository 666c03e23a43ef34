package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.KistiService;

/**
 * A samity of 25 women in five cohesion groups at a Dhaka branch, affiliated through a village organisation to a
 * cluster federation, under a policy that refuses a woman of 60 and a second member of one household; then a
 * training, a transfer and two exits (one with savings, refunded on exit), each seen in the group as of its date and
 * in the funder's report.
 */
class OrganisationJourneyTest extends WholeSystemTest {

    private static final String ORG = Journey.ORG;

    @Test
    void aGroupOfTwentyFiveIsFormedFederatedTrainedAndLivesThroughATransferAndAnExit() throws Exception {
        journey.as("admin", KistiService.MEMBER)
                .body(Map.of("effectiveFrom", "2025-01-01", "minAge", 18, "maxAge", 50, "onePerHousehold", true,
                        "groupMaxSize", 30, "cohesionMinSize", 5, "cohesionMaxSize", 7))
                .put("/v1/orgs/{org}/eligibility-policy", ORG).then().statusCode(200);
        String group = journey.group();
        List<String> teams = journey.cohesionGroups(group, 5);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            members.add(post("/v1/orgs/" + ORG + "/members", woman(group, teams.get(i / 5), "hh-" + i, "1985-02-01"))
                    .statusCode(201).extract().path("memberId"));
        }

        post("/v1/orgs/" + ORG + "/members", woman(group, teams.get(0), "hh-60", "1965-01-01")).statusCode(422)
                .body("errors.field", hasItem("dateOfBirth"));
        post("/v1/orgs/" + ORG + "/members", woman(group, teams.get(0), "hh-3", "1990-01-01")).statusCode(422)
                .body("errors.field", hasItem("householdId"));

        journey.as("admin", KistiService.MEMBER).body(Map.of("levels", List.of("VO", "CLF"), "effectiveFrom",
                "2025-01-01")).put("/v1/orgs/{org}/federation/levels", ORG).then().statusCode(200);
        String vo = unit("VO", "Dhanmondi VO");
        String clf = unit("CLF", "Dhaka North CLF");
        post("/v1/orgs/" + ORG + "/federation/units/" + vo + "/affiliation",
                Map.of("parentUnitId", clf, "affiliatedOn", "2026-01-01")).statusCode(201);
        post("/v1/orgs/" + ORG + "/groups/" + group + "/affiliation",
                Map.of("unitId", vo, "affiliatedOn", "2026-01-01")).statusCode(201);

        post("/v1/orgs/" + ORG + "/members/" + members.get(0) + "/trainings",
                Map.of("course", "Financial literacy", "weeks", 8, "completedOn", "2026-03-02")).statusCode(201);
        String other = otherGroup();
        post("/v1/orgs/" + ORG + "/members/" + members.get(1) + "/transfer",
                Map.of("toGroupId", other, "transferredOn", "2026-04-06")).statusCode(201);
        post("/v1/orgs/" + ORG + "/members/" + members.get(2) + "/exit",
                Map.of("reason", "MIGRATION", "exitDate", "2026-05-31")).statusCode(201);
        // The exit completes by the process that reads the topics: a moment after the request.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!get("/v1/orgs/" + ORG + "/members/" + members.get(2)).extract().<Boolean>path("exited")
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        get("/v1/orgs/" + ORG + "/members/" + members.get(2)).body("exited", equalTo(true));

        get("/v1/orgs/" + ORG + "/groups/" + group + "?asOf=2026-03-31").body("members.size()", equalTo(25));
        get("/v1/orgs/" + ORG + "/groups/" + group + "?asOf=2026-06-01").body("members.size()", equalTo(23));
        get("/v1/orgs/" + ORG + "/members/" + members.get(0)).body("trainings[0].weeks", equalTo(8));
        get("/v1/orgs/" + ORG + "/federation?asOf=2026-06-01")
                .body("units.find { it.unitId == '" + vo + "' }.parentUnitId", equalTo(clf))
                .body("groups.find { it.childId == '" + group + "' }.parentUnitId", equalTo(vo));

        // The funder counts 25 active members until she left, 24 from the day she did (the transfer stays in the org).
        journey.portfolioOnceItShows("2026-05-31", r -> r.getInt("totals.activeMembers") == 24);
        assertThat(journey.portfolio("2026-05-30").getInt("totals.activeMembers")).isEqualTo(25);

        // A saver leaves: savings-service refunds her as soon as it hears of her exit, and then her exit completes.
        String saver = members.get(3);
        String account = journey.openSavings(saver, "2026-01-05");
        journey.deposit(account, "500.00", "2026-01-12");
        post("/v1/orgs/" + ORG + "/members/" + saver + "/exit", Map.of("reason", "VOLUNTARY", "exitDate",
                "2026-07-31")).statusCode(201);
        assertThat(journey.savingsOnceItShows(account, a -> a.getBoolean("closed")).getString("balance.amount"))
                .isEqualTo("0.00");
        journey.portfolioOnceItShows("2026-07-31", r -> r.getInt("totals.activeMembers") == 23);
        assertThat(journey.portfolio("2026-07-31").getInt("totals.activeMembers")).isEqualTo(23);
    }

    private static Map<String, Object> woman(String group, String team, String household, String born) {
        Map<String, Object> body = new HashMap<>();
        body.put("groupId", group);
        body.put("cohesionGroupId", team);
        body.put("name", "Member of " + household);
        body.put("dateOfBirth", born);
        body.put("gender", "FEMALE");
        body.put("householdId", household);
        body.put("landDecimals", "10.00");
        body.put("enrolledOn", "2026-01-05");
        return body;
    }

    private static String unit(String level, String name) {
        return post("/v1/orgs/" + ORG + "/federation/units", Map.of("level", level, "name", name,
                "formedOn", "2025-06-01")).statusCode(201).extract().path("unitId");
    }

    private static String otherGroup() {
        String branch = get("/v1/orgs/" + ORG + "/groups/" + journey.group()).extract().path("branchId");
        return post("/v1/orgs/" + ORG + "/groups", Map.of("branchId", branch, "kind", "LENDING_GROUP", "name",
                "Golap Mohila Samity", "meetingDay", "WEDNESDAY", "meetingPlace", "School verandah", "officerId",
                "staff-42", "formedOn", "2025-06-01")).statusCode(201).extract().path("groupId");
    }

    private static ValidatableResponse post(String path, Map<String, Object> body) {
        return journey.as("staff", KistiService.MEMBER).body(body).post(path).then();
    }

    private static ValidatableResponse get(String path) {
        return journey.as("staff", KistiService.MEMBER).get(path).then().statusCode(200);
    }
}
