package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kisti.devstack.KistiService;

/**
 * One member's first loan cycle at a Dhaka branch, through all four services, as a funder then sees it. Business
 * dates drive it: enrolled and saving on 5 January 2026, a Tk 10,000 loan the same day, the first weekly instalment
 * paid on 19 January.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortfolioJourneyTest extends WholeSystemTest {

    private static String memberId;
    private static String accountId;

    @Test
    @Order(1)
    void aMemberEnrolsSavesBorrowsAndRepays_andTheFunderSeesTheFigures() throws Exception {
        memberId = journey.enrol("Rahima Begum", "2026-01-05");
        accountId = journey.openSavings(memberId, "2026-01-05");
        journey.deposit(accountId, "100.00", "2026-01-05");
        String loanId = journey.disburse(memberId, "10000.00", 46, "2026-01-05", "2026-01-19");
        journey.repay(loanId, "245.00", "2026-01-19");

        // Each topic is projected by its own consumer: wait until the report has caught up with all three.
        JsonPath report = journey.portfolioOnceItShows("2026-01-31",
                r -> "9782.17".equals(r.getString("totals.loanOutstanding[0].amount")) && r.getInt("totals.activeMembers") == 1
                        && "100.00".equals(r.getString("totals.savingsOutstanding[0].amount")));

        assertFigures(report);
        // As of the day before the repayment the whole principal was still out.
        assertThat(journey.portfolio("2026-01-18").getString("totals.loanOutstanding[0].amount")).isEqualTo("10000.00");
        // And before anything happened, nothing.
        assertThat(journey.portfolio("2026-01-04").getInt("totals.activeMembers")).isZero();
    }

    @Test
    @Order(2)
    void afterEverythingRestarts_theFiguresAreUnchangedAndNoEventIsAppliedTwice() throws Exception {
        stack.stop();
        stack = SystemUnderTest.start(false);
        journey = new Journey(stack);

        // A deposit after the restart proves the feed flows again; seeing exactly it proves nothing was re-applied.
        journey.deposit(accountId, "50.00", "2026-01-26");
        JsonPath report = journey.portfolioOnceItShows("2026-01-31",
                r -> "150.00".equals(r.getString("totals.savingsOutstanding[0].amount")));

        assertThat(report.getString("totals.savingsOutstanding[0].amount")).isEqualTo("150.00");
        assertThat(report.getInt("totals.activeMembers")).isEqualTo(1);
        assertThat(report.getInt("totals.loansDisbursed.count")).isEqualTo(1);
        assertThat(report.getString("totals.loanOutstanding[0].amount")).isEqualTo("9782.17");
    }

    @Test
    @Order(3)
    void withoutATokenEveryServiceAnswers401() {
        Map<KistiService, String> readings = Map.of(
                KistiService.MEMBER, "/v1/orgs/org-demo/members/" + memberId,
                KistiService.SAVINGS, "/v1/orgs/org-demo/savings-accounts/" + accountId,
                KistiService.LOAN, "/v1/orgs/org-demo/loans/any",
                KistiService.REPORTING, "/v1/orgs/org-demo/portfolio?asOf=2026-01-31");
        readings.forEach((service, path) -> journey.anonymous(service).get(path)
                .then().statusCode(401).contentType("application/problem+json"));
    }

    @Test
    @Order(4)
    void aTokenForAnotherOrganisationIsRefusedAndSeesNoData() {
        journey.as("other-staff", KistiService.REPORTING)
                .get("/v1/orgs/{org}/portfolio?asOf=2026-01-31", Journey.ORG)
                .then().statusCode(403).contentType("application/problem+json");
        journey.as("other-staff", KistiService.MEMBER)
                .get("/v1/orgs/{org}/members/{id}", Journey.ORG, memberId)
                .then().statusCode(403);
        journey.as("other-staff", KistiService.MEMBER)
                .get("/v1/orgs/{org}/members/{id}", "org-other", memberId)
                .then().statusCode(404);
    }

    @Test
    @Order(5)
    void invalidInputIsA400ProblemAndStoresNothing() {
        journey.movingMoney(KistiService.SAVINGS)
                .body(Map.of("amount", "-10", "currency", "BDT", "depositedOn", "2026-01-26"))
                .post("/v1/orgs/{org}/savings-accounts/{id}/deposits", Journey.ORG, accountId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("amount"));
        journey.as("auditor", KistiService.SAVINGS)
                .get("/v1/orgs/{org}/savings-accounts/{id}/events", Journey.ORG, accountId)
                .then().statusCode(200).body("$", hasSize(3));
        journey.as("auditor", KistiService.SAVINGS)
                .get("/v1/orgs/{org}/savings-accounts/{id}", Journey.ORG, accountId)
                .then().body("balance.amount", equalTo("150.00"));
    }

    @Test
    @Order(6)
    void theLargestValuesTheEdgeAcceptsFlowThroughEveryServiceIntoTheReport() throws Exception {
        String lastDay = "2199-12-31";
        String today = LocalDate.now(ZoneId.of("Asia/Dhaka")).toString();
        String max = "999999999999.99";
        JsonPath before = journey.portfolio(lastDay);

        // Ids are the server's own now (groups are formed through the API); the longest ids are BoundaryValuesTest's.
        String member = journey.enrol("Amena Khatun", today);
        journey.deposit(journey.openSavings(member, today), max, today);
        journey.disburse(member, max, 46, today, LocalDate.parse(today).plusDays(14).toString());

        BigDecimal disbursedBefore = new BigDecimal(before.getString("totals.loansDisbursed.amount[0].amount"));
        String expectedDisbursed = disbursedBefore.add(new BigDecimal(max)).toPlainString();
        BigDecimal expectedSavings = new BigDecimal(before.getString("totals.savingsOutstanding[0].amount"))
                .add(new BigDecimal(max));
        // Each topic is projected by its own consumer: wait until the report has caught up with all three.
        JsonPath after = journey.portfolioOnceItShows(lastDay,
                r -> expectedDisbursed.equals(r.getString("totals.loansDisbursed.amount[0].amount"))
                        && r.getInt("totals.activeMembers") == before.getInt("totals.activeMembers") + 1
                        && expectedSavings.compareTo(new BigDecimal(r.getString("totals.savingsOutstanding[0].amount"))) == 0);

        assertThat(after.getString("totals.loansDisbursed.amount[0].amount")).isEqualTo(expectedDisbursed);
        assertThat(after.getInt("totals.activeMembers")).isEqualTo(before.getInt("totals.activeMembers") + 1);
        assertThat(new BigDecimal(after.getString("totals.savingsOutstanding[0].amount")))
                .isEqualByComparingTo(new BigDecimal(before.getString("totals.savingsOutstanding[0].amount")).add(new BigDecimal(max)));
    }

    private static void assertFigures(JsonPath report) {
        assertThat(report.getInt("totals.activeMembers")).isEqualTo(1);
        assertThat(report.getInt("totals.activeBorrowers")).isEqualTo(1);
        assertThat(report.getString("totals.savingsOutstanding[0].amount")).isEqualTo("100.00");
        assertThat(report.getString("totals.savingsOutstanding[0].currency")).isEqualTo("BDT");
        assertThat(report.getInt("totals.loansDisbursed.count")).isEqualTo(1);
        assertThat(report.getString("totals.loansDisbursed.amount[0].amount")).isEqualTo("10000.00");
        assertThat(report.getString("totals.loanOutstanding[0].amount")).isEqualTo("9782.17");
    }
}
