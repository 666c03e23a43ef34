package org.kisti.reporting.portfolio;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kisti.reporting.portfolio.export.PortfolioMediaTypes;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** Worked answers for the figures funders judge by: recovery rates, classes and provisions, roll-ups, funder scope. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class FunderFiguresTest {

    private static final String[] PKSF_INCOME = {"jagoron", "f-pksf", "pksf", "INCOME_GENERATION"};
    private static final String[] BANK_LIVESTOCK = {"agrosor", "f-bank", "ab-bank", "LIVESTOCK"};
    private static CloudEventPublisher publisher;

    @BeforeAll
    static void connect() {
        publisher = new CloudEventPublisher();
    }

    @AfterAll
    static void disconnect() {
        publisher.close();
    }

    /** Two instalments of 5,100 (5,000 principal, 100 interest), due 1 February and 1 March. */
    private static PortfolioFacts twoInstalmentLoan(String org) {
        return new PortfolioFacts(org, publisher).member("m-1", "g-1", "2026-01-05")
                .loan("l-1", "m-1", "10000.00", "100.00", "2026-01-05", null, "2026-02-01", "2026-03-01");
    }

    @Test
    void onTimeRecoveryCountsWhatWasPaidByEachDueDateAndCumulativeRecoveryWhatWasPaidByAsOf() {
        String org = freshOrg();
        twoInstalmentLoan(org).pay("l-1", "m-1", "p-1", 1, "100.00", "5000.00", "2026-02-01")
                .pay("l-1", "m-1", "p-2", 2, "100.00", "2450.00", "2026-03-01")
                .pay("l-1", "m-1", "p-3", 2, "0.00", "2550.00", "2026-03-05");

        awaitPortfolio(org, "2026-03-31", "", r -> r.body("totals.crr", equalTo(ratio("1.0000")))
                .body("totals.otr", equalTo(ratio("0.5000"))));
        // February alone: instalment 1 paid on its day. Before March 5 only half of instalment 2 was in.
        portfolio(org, "2026-02-28", "").body("totals.otr", equalTo(ratio("1.0000")));
        portfolio(org, "2026-03-04", "&from=2026-02-01").body("totals.otr", equalTo(ratio("0.7500")))
                .body("totals.crr", equalTo(ratio("0.7500")));
        // Nothing due in January: no ratio, not a zero.
        portfolio(org, "2026-01-31", "").body("totals.otr", equalTo(List.of()));
    }

    @Test
    void aSettlementsRebateReducesWhatWasDueAndItsPaymentIsOnTimeOnlyForInstalmentsNotYetDue() {
        String org = freshOrg();
        // Instalment 1 (due 1 February) is missed; on 10 February she settles: instalment 1 late, instalment 2's
        // principal ahead of its day and its 100 interest rebated.
        twoInstalmentLoan(org).settle("l-1", "m-1", "s-1", "5000.00", "100.00", "5000.00", "100.00", "2026-02-10");

        awaitPortfolio(org, "2026-03-31", "&from=2026-03-01", r -> r.body("totals.otr", equalTo(ratio("1.0000")))
                .body("totals.crr", equalTo(ratio("1.0000"))).body("totals.loanOutstanding[0].amount",
                        equalTo("0.00")));
        portfolio(org, "2026-02-28", "").body("totals.otr", equalTo(ratio("0.0000")))
                .body("totals.crr", equalTo(ratio("1.0000")));
        // Both months: 5,100 due in February paid late, 5,000 due in March (after the rebate) paid ahead.
        portfolio(org, "2026-03-31", "&from=2026-02-01").body("totals.otr", equalTo(ratio("0.4950")));
        portfolio(org, "2026-02-09", "").body("totals.par.'1'.amount[0].amount", equalTo("10000.00"));
    }

    @Test
    void aWrittenOffLoansInstalmentsDueAfterItsWriteOffLeaveTheRecoveryRatesAndEarlierOnesStay() {
        String org = freshOrg();
        twoInstalmentLoan(org).pay("l-1", "m-1", "p-1", 1, "100.00", "5000.00", "2026-02-01")
                .writeOff("l-1", "m-1", "5000.00", "2026-02-15");

        awaitPortfolio(org, "2026-03-31", "&from=2026-01-01", r -> r.body("totals.crr", equalTo(ratio("1.0000")))
                .body("totals.otr", equalTo(ratio("1.0000")))
                .body("totals.loanOutstanding[0].amount", equalTo("0.00"))
                .body("totals.par.'1'.amount[0].amount", equalTo("0.00"))
                .body("totals.classification.loans.sum()", equalTo(0)));
    }

    /** Three instalments of 1,000, due 1 February, 1 March and 1 April, none paid: 42 days late on 15 March. */
    private static PortfolioFacts unpaidLoan(String org) {
        return new PortfolioFacts(org, publisher).member("m-1", "g-1", "2026-01-05")
                .loan("l-1", "m-1", "3000.00", "0.00", "2026-01-05", null, "2026-02-01", "2026-03-01", "2026-04-01");
    }

    @Test
    void aRestructureResetsArrearsFromItsDate() {
        String org = freshOrg();
        unpaidLoan(org).reschedule("l-1", "m-1", "RESTRUCTURE", "1000.00", "2026-03-15", "2026-04-15", "2026-05-15",
                "2026-06-15");

        awaitPortfolio(org, "2026-03-20", "", r -> r.body("totals.loansInArrears", equalTo(0))
                .body("totals.overdue[0].amount", equalTo("0.00")));
        // Before it took effect the old schedule counts: 41 days from 1 February, all 3,000 in PAR 30.
        portfolio(org, "2026-03-14", "").body("totals.loansInArrears", equalTo(1))
                .body("totals.par.'30'.amount[0].amount", equalTo("3000.00"))
                .body("totals.overdue[0].amount", equalTo("2000.00"));
    }

    @Test
    void aMoratoriumMovesOnlyWhatFallsDueOnOrAfterIt() {
        String org = freshOrg();
        unpaidLoan(org).reschedule("l-1", "m-1", "MORATORIUM", "1000.00", "2026-03-15", "2026-02-01", "2026-03-01",
                "2026-06-01");

        // 1 February and 1 March stay overdue: 47 days on 20 March; April's instalment is not due on 10 April.
        awaitPortfolio(org, "2026-04-10", "", r -> r.body("totals.overdue[0].amount", equalTo("2000.00"))
                .body("totals.par.'60'.amount[0].amount", equalTo("3000.00")));
        portfolio(org, "2026-03-20", "").body("totals.par.'30'.amount[0].amount", equalTo("3000.00"))
                .body("totals.par.'60'.amount[0].amount", equalTo("0.00"));
    }

    @Test
    void aLoanWrittenOffOnABackDatedDayOwesNothingFromThenEvenWithALaterPayment() {
        String org = freshOrg();
        new PortfolioFacts(org, publisher).member("m-1", "g-1", "2026-01-05")
                .loan("l-1", "m-1", "1000.00", "0.00", "2026-01-05", null, "2026-02-01")
                .pay("l-1", "m-1", "p-1", 1, "0.00", "100.00", "2026-03-10")
                .writeOff("l-1", "m-1", "900.00", "2026-03-05");

        awaitPortfolio(org, "2026-03-07", "", r -> r.body("totals.loanOutstanding[0].amount", equalTo("0.00"))
                .body("totals.activeBorrowers", equalTo(0)));
        portfolio(org, "2026-03-04", "").body("totals.loanOutstanding[0].amount", equalTo("1000.00"));
    }

    @Test
    void aLoanIsClassedByTheDefaultSchemeUntilThePolicyTheOrganisationSetTakesEffect() {
        String org = freshOrg();
        twoInstalmentLoan(org).pay("l-1", "m-1", "p-1", 1, "100.00", "5000.00", "2026-02-01");
        given().auth().oauth2(admin(org)).contentType(ContentType.JSON).body(Map.of("effectiveFrom", "2026-04-01",
                        "classes", List.of(rule("REGULAR", 0, 0, "1"), rule("WATCHFUL", 1, 60, "10"),
                                rule("BAD", 61, null, "100"))))
                .when().put("/v1/orgs/{org}/classification-policy", org)
                .then().statusCode(200).body("effectiveFrom", hasItems("1900-01-01", "2026-04-01"));

        // 30 days on 31 March under the default: WATCHFUL at 5 %. 31 days on 1 April under the new one: still
        // WATCHFUL (up to 60), now at 10 % (the default would have said SUBSTANDARD at 25 %).
        awaitPortfolio(org, "2026-03-31", "", r -> r
                .body("totals.classification.find { it.class == 'WATCHFUL' }.loans", equalTo(1))
                .body("totals.classification.find { it.class == 'WATCHFUL' }.provision[0].amount", equalTo("250.00")));
        portfolio(org, "2026-04-01", "")
                .body("totals.classification.class", equalTo(List.of("REGULAR", "WATCHFUL", "BAD")))
                .body("totals.classification.find { it.class == 'WATCHFUL' }.provisionRate", equalTo("10"))
                .body("totals.classification.find { it.class == 'WATCHFUL' }.provision[0].amount", equalTo("500.00"));
    }

    @Test
    void aPolicyThatLeavesAGapOrOverlapsIsRefusedNamingTheClass() {
        String org = freshOrg();
        given().auth().oauth2(admin(org)).contentType(ContentType.JSON).body(Map.of("effectiveFrom", "2026-04-01",
                        "classes", List.of(rule("REGULAR", 0, 0, "1"), rule("WATCHFUL", 2, 60, "10"),
                                rule("BAD", 50, 90, "100"))))
                .when().put("/v1/orgs/{org}/classification-policy", org)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("classes[1].minDays", "classes[2].minDays", "classes[2].maxDays"));
        given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON).body(Map.of("effectiveFrom",
                        "2026-04-01", "classes", List.of(rule("REGULAR", 0, null, "1"))))
                .when().put("/v1/orgs/{org}/classification-policy", org)
                .then().statusCode(403);
    }

    @Test
    void theWriteOffRatioAndThePortfolioYieldAreOverTheMeanOfTheOutstandingBeforeAndAtTheEndOfThePeriod() {
        String org = freshOrg();
        new PortfolioFacts(org, publisher).member("m-1", "g-1", "2026-01-05").member("m-2", "g-1", "2026-01-05")
                .loan("l-a", "m-1", "10000.00", "200.00", "2026-01-05", null, "2026-03-10", "2026-06-10")
                .loan("l-b", "m-2", "8000.00", "100.00", "2026-01-10", null, "2026-02-10")
                .pay("l-a", "m-1", "p-1", 1, "200.00", "1000.00", "2026-03-10")
                .writeOff("l-b", "m-2", "8000.00", "2026-03-15");

        // Mean outstanding (18,000 on 28 February, 9,000 on 31 March) is 13,500: 8,000 / 13,500 and 200 / 13,500.
        awaitPortfolio(org, "2026-03-31", "", r -> r.body("totals.writeOffRatio", equalTo(ratio("0.5926")))
                .body("totals.portfolioYield", equalTo(ratio("0.0148"))));
    }

    @Test
    void branchOfficerAndFederationRowsAttributeByTheGroupAndAffiliationInForceOnTheDate() {
        String org = freshOrg();
        new PortfolioFacts(org, publisher).branch("br-1", "Ghatail").branch("br-2", "Madhupur")
                .group("g-1", "br-1", "o-1").group("g-2", "br-2", "o-2").officer("g-2", "o-1", "2026-03-01")
                .unit("clf-1", "CLF", null, null).unit("vo-1", "VO", "clf-1", "2026-01-01")
                .affiliate("g-1", "vo-1", "2026-01-01")
                .member("m-1", "g-1", "2026-01-05").member("m-2", "g-2", "2026-01-05").member("m-3", "g-1", "2026-01-05")
                .transfer("m-3", "g-1", "g-2", "2026-02-15")
                .loan("l-1", "m-1", "1000.00", "10.00", "2026-01-05", null, "2026-12-01")
                .loan("l-2", "m-2", "2000.00", "10.00", "2026-01-05", null, "2026-12-01")
                .loan("l-3", "m-3", "4000.00", "10.00", "2026-01-05", null, "2026-12-01");
        String branch1 = "rows.find { it.key == 'br-1-" + org + "' }";
        String branch2 = "rows.find { it.key == 'br-2-" + org + "' }";

        awaitPortfolio(org, "2026-03-31", "&groupBy=branch", r -> r.body("groupBy", equalTo("branch"))
                .body(branch1 + ".label", equalTo("Ghatail"))
                .body(branch1 + ".activeMembers", equalTo(1))
                .body(branch1 + ".loanOutstanding[0].amount", equalTo("1000.00"))
                .body(branch2 + ".activeMembers", equalTo(2))
                .body(branch2 + ".loanOutstanding[0].amount", equalTo("6000.00")));
        // Before her transfer m-3 and her loan were Ghatail's.
        portfolio(org, "2026-01-31", "&groupBy=branch").body(branch1 + ".loanOutstanding[0].amount", equalTo("5000.00"))
                .body(branch1 + ".activeBorrowers", equalTo(2));
        // From 1 March o-1 has both groups.
        portfolio(org, "2026-02-28", "&groupBy=officer").body("rows.key", equalTo(List.of("o-1", "o-2")));
        portfolio(org, "2026-03-31", "&groupBy=officer").body("rows.key", equalTo(List.of("o-1")))
                .body("rows[0].loansDisbursed.count", equalTo(3));
        // g-1 belongs to clf-1 through vo-1; g-2 to no unit.
        portfolio(org, "2026-03-31", "&groupBy=federation:CLF").body("groupBy", equalTo("federation:CLF"))
                .body("rows.key", equalTo(List.of("clf-1-" + org, "unassigned")))
                .body("rows.label", equalTo(List.of("Unit clf-1", "Unassigned")))
                .body("rows[0].loanOutstanding[0].amount", equalTo("1000.00"))
                .body("rows[1].activeMembers", equalTo(2));
    }

    @Test
    void productFundAndPurposeRowsComeFromTheLoanAndHaveNoMemberFigures() {
        String org = freshOrg();
        new PortfolioFacts(org, publisher).fund("f-pksf", "pksf").fund("f-bank", "ab-bank")
                .member("m-1", "g-1", "2026-01-05").member("m-2", "g-1", "2026-01-05")
                .loan("l-1", "m-1", "1000.00", "10.00", "2026-01-05", PKSF_INCOME, "2026-12-01")
                .loan("l-2", "m-2", "2000.00", "10.00", "2026-01-05", BANK_LIVESTOCK, "2026-12-01")
                .loan("l-3", "m-2", "500.00", "10.00", "2026-01-05", null, "2026-12-01");

        awaitPortfolio(org, "2026-03-31", "&groupBy=fund", r -> r
                .body("rows.key", equalTo(List.of("f-bank-" + org, "f-pksf-" + org, "unassigned")))
                .body("rows.label", equalTo(List.of("Line f-bank", "Line f-pksf", "Unassigned")))
                .body("rows[0].loanOutstanding[0].amount", equalTo("2000.00"))
                .body("rows[0].activeMembers", nullValue())
                .body("rows[0].activeBorrowers", nullValue())
                .body("rows[0].savingsOutstanding", nullValue())
                .body("totals.activeMembers", equalTo(2))
                .body("totals.activeBorrowers", equalTo(2)));
        portfolio(org, "2026-03-31", "&groupBy=purpose").body("rows.key",
                equalTo(List.of("INCOME_GENERATION", "LIVESTOCK", "unassigned")));
        portfolio(org, "2026-03-31", "&groupBy=product").body("rows.key", equalTo(List.of("agrosor", "jagoron",
                "unassigned")));
    }

    @Test
    void aFundersTokenSeesOnlyTheLoansOfItsFundersAndNoMemberOrSavingsFigures() {
        String org = freshOrg();
        new PortfolioFacts(org, publisher).fund("f-pksf", "pksf").fund("f-bank", "ab-bank")
                .member("m-1", "g-1", "2026-01-05").member("m-2", "g-1", "2026-01-05")
                .loan("l-1", "m-1", "1000.00", "10.00", "2026-01-05", PKSF_INCOME, "2026-12-01")
                .loan("l-2", "m-2", "2000.00", "10.00", "2026-01-05", BANK_LIVESTOCK, "2026-12-01");
        awaitPortfolio(org, "2026-03-31", "", r -> r.body("totals.loansDisbursed.count", equalTo(2)));

        given().auth().oauth2(TestTokens.funderOf(List.of("pksf"), org))
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-03-31&groupBy=branch", org)
                .then().statusCode(200)
                .body("totals.loansDisbursed.count", equalTo(1))
                .body("totals.loanOutstanding[0].amount", equalTo("1000.00"))
                .body("totals.activeBorrowers", equalTo(1))
                .body("totals.activeMembers", nullValue())
                .body("totals.savingsOutstanding", nullValue())
                .body("rows[0].activeMembers", nullValue());
        given().auth().oauth2(TestTokens.funderOf(List.of(), org))
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-03-31", org)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.funderOf(List.of("pksf"), "org-other"))
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-03-31", org)
                .then().statusCode(403);
    }

    @Test
    void theReportNamesTheOffsetOfEachPartitionItWasComputedFrom() {
        String org = freshOrg();
        twoInstalmentLoan(org);
        awaitPortfolio(org, "2026-03-31", "", r -> r.body("totals.loansDisbursed.count", equalTo(1))
                .body("provenance.topic", hasItems("kisti.members.v1", "kisti.loans.v1"))
                .body("provenance.find { it.topic == 'kisti.loans.v1' }.offset", greaterThan(0)));
    }

    @Test
    void theSameReportComesAsCsvByAcceptOrSuffixAndAsAnXlsxWorkbook() throws Exception {
        String org = freshOrg();
        twoInstalmentLoan(org);
        awaitPortfolio(org, "2026-03-31", "", r -> r.body("totals.loansDisbursed.count", equalTo(1)));

        String csv = given().auth().oauth2(TestTokens.staff(org)).accept("text/csv")
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-03-31&groupBy=branch", org)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("portfolio-" + org + "-2026-03-31.csv"))
                .extract().asString();
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.get("key")).isEmpty();
            assertThat(line.get("figure")).isEqualTo("loanOutstanding");
            assertThat(line.get("currency")).isEqualTo("BDT");
            assertThat(line.get("value")).isEqualTo("10000.00");
        });
        assertThat(lines).anySatisfy(line -> assertThat(line.get("key")).isEqualTo("unassigned"));
        given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/portfolio.csv?asOf=2026-03-31", org)
                .then().statusCode(200).contentType(startsWith("text/csv"));

        byte[] xlsx = given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/portfolio.xlsx?asOf=2026-03-31", org)
                .then().statusCode(200).contentType(startsWith(PortfolioMediaTypes.XLSX)).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Totals", "Rows", "Definitions");
        }
        // A bad date is still a problem, whatever was asked for.
        given().auth().oauth2(TestTokens.staff(org)).accept("text/csv")
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-02-30", org)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownGroupByOrFederationLevelIsA400NamingTheField() {
        String org = freshOrg();
        for (String groupBy : List.of("district", "federation:", "federation:a b", "BRANCH")) {
            given().auth().oauth2(TestTokens.staff(org))
                    .when().get("/v1/orgs/{org}/portfolio?asOf=2026-03-31&groupBy={g}", org, groupBy)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("groupBy"));
        }
    }

    private static Map<String, Object> rule(String name, int minDays, Integer maxDays, String rate) {
        Map<String, Object> rule = new java.util.HashMap<>();
        rule.put("class", name);
        rule.put("minDays", minDays);
        rule.put("maxDays", maxDays);
        rule.put("provisionRate", rate);
        return rule;
    }

    private static List<Map<String, String>> ratio(String value) {
        return List.of(Map.of("currency", "BDT", "ratio", value));
    }

    private static String admin(String org) {
        return TestTokens.mint("admin@" + org, List.of("admin"), List.of(org));
    }

    private static void awaitPortfolio(String org, String asOf, String query, Consumer<ValidatableResponse> expect) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                expect.accept(portfolio(org, asOf, query)));
    }

    private static ValidatableResponse portfolio(String org, String asOf, String query) {
        return given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/" + org + "/portfolio?asOf=" + asOf + query)
                .then().statusCode(200);
    }

    private static String freshOrg() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
