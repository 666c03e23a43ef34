package org.kisti.loan.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.kisti.events.EventCatalog;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsCollectionLineHeld;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Collection sheets over REST, on a real PostgreSQL and Kafka: generated, checked, posted, held, resolved. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class CollectionSheetResourceTest {

    private static final String ORG = "org-collection";

    @Inject
    MembersView members;

    @Inject
    GroupRoster roster;

    private Meeting meeting;

    @BeforeEach
    void meeting() {
        meeting = new Meeting(ORG, members, roster);
    }

    @Test
    void theSheetSeatsMembersByCohesionGroupWithWhatEachLoanAndAccountAsksOnTheDayAndTotals() {
        String beauty = meeting.member("b", "Beauty Akter");
        String amina = meeting.member("a", "Amina Khatun");
        String aminasLoan = meeting.loan(amina);
        String aminasSavings = meeting.account(amina);
        String beautysLoan = meeting.loan(beauty);
        meeting.desk().repay(beautysLoan, "245.00", "2026-01-19").statusCode(201);

        String version = read("/groups/" + meeting.groupId + "/collection-sheet?meetingDate=2026-01-26")
                .statusCode(200)
                .body("sheetId", equalTo(SheetFigures.primarySheetId(ORG, meeting.groupId,
                        java.time.LocalDate.of(2026, 1, 26))))
                .body("currency", equalTo("BDT"))
                .body("cohesionGroups.name", equalTo(List.of("Team A", "Team B")))
                .body("cohesionGroups[0].members[0].memberId", equalTo(amina))
                .body("cohesionGroups[0].members[0].name", equalTo("Amina Khatun"))
                .body("cohesionGroups[0].members[0].loans[0].loanId", equalTo(aminasLoan))
                .body("cohesionGroups[0].members[0].loans[0].installmentDue", equalTo("245.00"))
                .body("cohesionGroups[0].members[0].loans[0].overdue", equalTo("245.00"))
                .body("cohesionGroups[0].members[0].loans[0].outstanding", equalTo("11250.00"))
                .body("cohesionGroups[0].members[0].savings[0].accountId", equalTo(aminasSavings))
                .body("cohesionGroups[0].members[0].savings[0].minimumDeposit", equalTo("50.00"))
                .body("cohesionGroups[0].members[0].savings[0].balance", equalTo("100.00"))
                .body("cohesionGroups[1].members[0].loans[0].overdue", equalTo("0.00"))
                .body("cohesionGroups[1].members[0].loans[0].outstanding", equalTo("11005.00"))
                .body("cohesionGroups[1].totals.installmentsDue", equalTo("245.00"))
                .body("totals.installmentsDue", equalTo("490.00"))
                .body("totals.overdue", equalTo("245.00"))
                .body("totals.outstanding", equalTo("22255.00"))
                .body("totals.savingsDue", equalTo("50.00"))
                .extract().header("ETag");

        given().auth().oauth2(TestTokens.staff(ORG)).header("If-None-Match", version)
                .when().get("/v1/orgs/{org}/groups/{group}/collection-sheet?meetingDate=2026-01-26", ORG,
                        meeting.groupId)
                .then().statusCode(304);
        given().auth().oauth2(TestTokens.staff(ORG)).accept(ContentType.HTML)
                .when().get("/v1/orgs/{org}/groups/{group}/collection-sheet?meetingDate=2026-01-26", ORG,
                        meeting.groupId)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("Team A")).body(containsString("Amina Khatun")).body(containsString("490.00"));
    }

    @Test
    void aSheetWithALineOnAnotherMembersLoanOrAWrongCashTotalIsRefusedNamingTheFieldAndStoresNothing() {
        String amina = meeting.member("a", "Amina Khatun");
        String beauty = meeting.member("b", "Beauty Akter");
        meeting.loan(amina);
        String beautysLoan = meeting.loan(beauty);
        Meeting.Sheet sheet = meeting.sheet().row(amina, List.of(beautysLoan, "245.00"), List.of());

        sheet.post("300.00", UUID.randomUUID().toString()).statusCode(422)
                .body("errors.field", hasItem("members[0].repayments[0].loanId"))
                .body("errors.field", hasItem("cashCollected"));

        read("/collection-sheets/" + sheet.sheetId).statusCode(404);
        meeting.desk().read("/loans/" + beautysLoan).statusCode(200).body("repayments", hasSize(0));
    }

    @Test
    void aPostedSheetPaysEachRepaymentAndHoldsTheLineOfALoanRepaidTheDayBeforeUntilStaffApplyIt() {
        String amina = meeting.member("a", "Amina Khatun");
        String beauty = meeting.member("b", "Beauty Akter");
        String aminasLoan = meeting.loan(amina);
        String aminasSavings = meeting.account(amina);
        String beautysLoan = meeting.loan(beauty);
        meeting.desk().repay(beautysLoan, "11250.00", "2026-01-18").statusCode(201);
        Meeting.Sheet sheet = meeting.sheet()
                .row(amina, List.of(aminasLoan, "245.00"), List.of(aminasSavings, "50.00"))
                .row(beauty, List.of(beautysLoan, "245.00"), List.of());

        sheet.post().statusCode(201)
                .body("lines.outcome", equalTo(List.of("APPLIED", "PENDING", "HELD")))
                .body("lines[0].events[0].type", equalTo("org.kisti.loans.InstallmentPaid.v2"))
                .body("lines[0].events[0].movementId", equalTo(sheet.sheetId + ":1"))
                .body("lines[2].reason", containsString("repaid"))
                .body("cash.collected", equalTo("540.00")).body("cash.applied", equalTo("245.00"))
                .body("cash.held", equalTo("245.00")).body("cash.pending", equalTo("50.00"));
        read("/held-cash?groupId=" + meeting.groupId).statusCode(200)
                .body("line", equalTo(List.of(3))).body("amount", equalTo(List.of("245.00")));

        String beautysNewLoan = meeting.loan(beauty);
        meeting.desk().moving("staff", "/collection-sheets/" + sheet.sheetId + "/lines/3/resolution",
                        Map.of("resolution", "APPLIED_TO_LOAN", "targetId", beautysNewLoan, "resolvedOn", "2026-01-26"))
                .statusCode(201).body("movementId", equalTo(sheet.sheetId + ":3:r1"));

        read("/collection-sheets/" + sheet.sheetId).statusCode(200)
                .body("lines[2].outcome", equalTo("RESOLVED"))
                .body("lines[2].events[0].aggregateId", equalTo(beautysNewLoan))
                .body("cash.applied", equalTo("490.00")).body("cash.held", equalTo("0.00"));
        read("/held-cash?groupId=" + meeting.groupId).statusCode(200).body("$", hasSize(0));
        meeting.desk().read("/loans/" + aminasLoan).statusCode(200)
                .body("repayments.paymentId", equalTo(List.of(sheet.sheetId + ":1")));
    }

    @Test
    void theSameSheetPostedAgainFromAnotherDeviceChangesNothingAndASecondSheetMustBeSupplementary() {
        String amina = meeting.member("a", "Amina Khatun");
        String aminasLoan = meeting.loan(amina);
        Meeting.Sheet sheet = meeting.sheet().row(amina, List.of(aminasLoan, "245.00"), List.of());
        sheet.post().statusCode(201);

        sheet.post().statusCode(200).body("sheetId", equalTo(sheet.sheetId))
                .body("lines.outcome", equalTo(List.of("APPLIED")));
        meeting.desk().read("/loans/" + aminasLoan).statusCode(200).body("repayments", hasSize(1));

        Meeting.Sheet another = meeting.new Sheet(UUID.randomUUID().toString())
                .row(amina, List.of(aminasLoan, "100.00"), List.of());
        another.post().statusCode(409).body("errors.field", hasItem("supplementary"));
        another.supplementary().post().statusCode(201).body("supplementary", equalTo(true));
        meeting.desk().read("/loans/" + aminasLoan).statusCode(200).body("repayments", hasSize(2));
    }

    @Test
    void aSavingsLineReadsAppliedOnceSavingsServiceMovedItAndHeldWhenItRefused() {
        String amina = meeting.member("a", "Amina Khatun");
        String open = meeting.account(amina);
        String closed = meeting.account(amina);
        Meeting.Sheet sheet = meeting.sheet().row(amina, List.of(), List.of(open, "50.00", closed, "20.00"));
        sheet.post().statusCode(201).body("lines.outcome", equalTo(List.of("PENDING", "PENDING")));

        try (CloudEventPublisher savingsService = new CloudEventPublisher()) {
            savingsService.publish(EventCatalog.SAVINGS_TOPIC, new SavingsDeposited(ORG, open, amina,
                    sheet.sheetId + ":1", Money.of("50.00", "BDT"), Money.of("150.00", "BDT"), Meeting.DAY), 2);
            savingsService.publish(EventCatalog.SAVINGS_TOPIC, new SavingsCollectionLineHeld(ORG, closed, amina,
                    sheet.sheetId, 2, sheet.sheetId + ":2", Money.of("20.00", "BDT"),
                    "accountId: the account is closed", Meeting.DAY), 2);
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                read("/collection-sheets/" + sheet.sheetId).statusCode(200)
                        .body("lines.outcome", equalTo(List.of("APPLIED", "HELD")))
                        .body("lines[1].reason", equalTo("accountId: the account is closed"))
                        .body("cash.applied", equalTo("50.00")).body("cash.held", equalTo("20.00")));
    }

    private io.restassured.response.ValidatableResponse read(String path) {
        return meeting.desk().read(path);
    }
}
