package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.KistiService;

/**
 * A week at a samity of 25 women in five cohesion groups: the meeting's sheet generated, filled with on-time, partial,
 * advance and missed payments and savings, posted twice (a second device), one line held because its loan was repaid
 * the day before, then put into her savings by staff; the funder's report moves by exactly what was applied.
 */
class CollectionWeekJourneyTest extends WholeSystemTest {

    private static final String ORG = Journey.ORG;
    private static final String MEETING = "2026-01-19";
    private static final String BY_GROUP = "asOf=" + MEETING + "&groupBy=group";

    @Test
    void aGroupsWeekIsCollectedOnOneSheetPostedTwiceWithAHeldLineAppliedByStaffAndTheReportMovesByWhatWasApplied()
            throws Exception {
        String group = journey.group();
        List<String> teams = journey.cohesionGroups(group, 5);
        List<String> members = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        List<String> loans = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            members.add(journey.enrolInto(group, teams.get(i / 5), "Member " + i, "2026-01-05"));
        }
        for (String member : members) {
            accounts.add(journey.openSavings(member, "2026-01-05"));
            loans.add(journey.disburse(member, "10000.00", 46, "2026-01-05", MEETING));
        }
        // Her loan was repaid in full the day before the meeting; the printed sheet still asked for an instalment.
        journey.repay(loans.get(24), "11250.00", "2026-01-18");

        JsonPath sheet = Journey.until(() -> journey.as("staff", KistiService.LOAN)
                        .get("/v1/orgs/{org}/groups/{group}/collection-sheet?meetingDate=" + MEETING, ORG, group),
                r -> r.statusCode() == 200 && r.jsonPath().getList("cohesionGroups.members.flatten().savings"
                        + ".flatten()").size() == 25).then().statusCode(200).extract().jsonPath();
        assertThat(sheet.getList("cohesionGroups.name")).containsExactly("Team 1", "Team 2", "Team 3", "Team 4",
                "Team 5");
        assertThat(sheet.getList("cohesionGroups.members.flatten()")).hasSize(25);
        assertThat(sheet.getString("totals.installmentsDue")).isEqualTo("5880.00");
        assertThat(sheet.getString("totals.savingsBalance")).isEqualTo("0.00");
        String ours = "rows.find { it.key == '" + group + "' }.";
        JsonPath before = journey.reportOnceItShows(BY_GROUP,
                r -> "240000.00".equals(r.getString(ours + "loanOutstanding[0].amount")));
        assertThat(before.getString(ours + "loanOutstanding[0].amount")).isEqualTo("240000.00");

        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String paid = i < 10 ? "245.00" : i < 15 ? "100.00" : i < 20 ? "490.00" : i < 24 ? null : "245.00";
            String saved = i == 20 || i == 21 ? null : i < 22 || i == 24 ? "50.00" : "20.00";
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("memberId", members.get(i));
            row.put("present", i != 20 && i != 21);
            row.put("repayments", paid == null ? List.of() : List.of(Map.of("loanId", loans.get(i), "amount", paid)));
            row.put("deposits", saved == null ? List.of() : List.of(Map.of("accountId", accounts.get(i), "amount",
                    saved)));
            rows.add(row);
        }
        Map<String, Object> filled = new HashMap<>();
        filled.put("sheetId", sheet.getString("sheetId"));
        filled.put("groupId", group);
        filled.put("meetingDate", MEETING);
        filled.put("officerId", "staff-42");
        filled.put("version", sheet.getString("version"));
        filled.put("currency", "BDT");
        filled.put("cashCollected", "6735.00");
        filled.put("members", rows);

        JsonPath posted = post(filled).then().statusCode(201).extract().jsonPath();
        List<String> loanOutcomes = posted.getList("lines.findAll { it.kind == 'LOAN_REPAYMENT' }.outcome");
        assertThat(loanOutcomes).hasSize(21).containsOnly("APPLIED", "HELD").containsOnlyOnce("HELD");
        assertThat(posted.getString("lines.find { it.outcome == 'HELD' }.accountId")).isEqualTo(loans.get(24));
        assertThat(posted.getString("lines.find { it.outcome == 'HELD' }.reason")).contains("repaid");
        // A second device posts the same sheet: nothing moves again, and it hears what became of the first.
        JsonPath again = post(filled).then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("sheetId")).isEqualTo(posted.getString("sheetId"));
        assertThat(again.getList("lines")).hasSize(posted.getList("lines").size());

        String sheetId = posted.getString("sheetId");
        JsonPath outcome = result(sheetId, r -> "0.00".equals(r.getString("cash.pending")));
        assertThat(outcome.getString("cash.collected")).isEqualTo("6735.00");
        assertThat(outcome.getString("cash.applied")).isEqualTo("6490.00");
        assertThat(outcome.getString("cash.held")).isEqualTo("245.00");
        int heldLine = outcome.getInt("lines.find { it.outcome == 'HELD' }.line");
        journey.movingMoney(KistiService.LOAN).body(Map.of("resolution", "DEPOSITED_TO_SAVINGS", "targetId",
                        accounts.get(24), "resolvedOn", MEETING, "note", "Her loan was repaid; into her savings"))
                .post("/v1/orgs/{org}/collection-sheets/{sheet}/lines/{line}/resolution", ORG, sheetId, heldLine)
                .then().statusCode(201);
        JsonPath resolved = result(sheetId, r -> "6735.00".equals(r.getString("cash.applied")));
        assertThat(resolved.getString("cash.held")).isEqualTo("0.00");
        assertThat(journey.as("staff", KistiService.LOAN).get("/v1/orgs/{org}/held-cash?groupId=" + group, ORG)
                .then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();

        BigDecimal principalApplied = BigDecimal.ZERO;
        for (String loan : loans) {
            List<String> principal = journey.as("staff", KistiService.LOAN).get("/v1/orgs/{org}/loans/{id}", ORG, loan)
                    .then().statusCode(200).extract().jsonPath()
                    .getList("repayments.findAll { it.paymentId.startsWith('" + sheetId + "') }.principalPaid.amount");
            for (String amount : principal) {
                principalApplied = principalApplied.add(new BigDecimal(amount));
            }
        }
        String expectedOutstanding = new BigDecimal("240000.00").subtract(principalApplied).toPlainString();
        JsonPath after = journey.reportOnceItShows(BY_GROUP,
                r -> expectedOutstanding.equals(r.getString(ours + "loanOutstanding[0].amount"))
                && "1335.00".equals(r.getString(ours + "savingsOutstanding[0].amount")));
        assertThat(after.getString(ours + "loanOutstanding[0].amount")).isEqualTo(expectedOutstanding);
        assertThat(after.getString(ours + "savingsOutstanding[0].amount")).isEqualTo("1335.00");
    }

    private static Response post(Map<String, Object> filled) {
        return journey.as("staff", KistiService.LOAN).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(filled).post("/v1/orgs/{org}/collection-sheets", ORG);
    }

    private static JsonPath result(String sheetId, Predicate<JsonPath> done) {
        return Journey.until(() -> journey.as("staff", KistiService.LOAN)
                        .get("/v1/orgs/{org}/collection-sheets/{sheet}", ORG, sheetId),
                r -> r.statusCode() == 200 && done.test(r.jsonPath())).then().statusCode(200).extract().jsonPath();
    }
}
