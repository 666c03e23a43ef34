package org.kisti.savings.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.kisti.events.EventCatalog;
import org.kisti.events.Money;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.savings.SavingsTeller;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A collection sheet's savings lines, from the loans topic: moved once under their line ids, or refused for holding. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class CollectionLinesTest {

    private static final String ORG = "org-sheets";
    private static final LocalDate MEETING = LocalDate.of(2026, 1, 19);
    private final SavingsTeller teller = new SavingsTeller(ORG);

    @Inject
    MembersView members;

    private String member;
    private String account;
    private final String sheet = UUID.randomUUID().toString();

    @BeforeEach
    void herAccountWith100() {
        String voluntary = teller.product(Map.of("kind", "VOLUNTARY", "annualInterestRate", "0.00"));
        member = MemberFacts.enrolledAndKnown(ORG, id -> members.find(ORG, id).isPresent());
        account = teller.account(member, voluntary, "2026-01-05");
        teller.deposit(account, "100.00", "2026-01-12").statusCode(201);
    }

    @Test
    void aSheetsDepositMovesOnceEvenWhenTheFactIsRedeliveredAndAWithdrawalBeyondTheBalanceIsRefusedForHolding() {
        CollectionSheetPosted posted = new CollectionSheetPosted(ORG, sheet, "g-7", MEETING, "staff-9", "5a1f",
                false, Money.of("-205.00", "BDT"), List.of(new CollectionSheetPosted.Attendance(member, true)),
                List.of(new CollectionSheetPosted.Line(1, member, LineKind.LOAN_REPAYMENT, "l-1",
                                Money.of("245.00", "BDT")),
                        new CollectionSheetPosted.Line(2, member, LineKind.SAVINGS_DEPOSIT, account,
                                Money.of("50.00", "BDT")),
                        new CollectionSheetPosted.Line(3, member, LineKind.SAVINGS_WITHDRAWAL, account,
                                Money.of("500.00", "BDT"))));
        String eventId = UUID.randomUUID().toString();

        try (CloudEventPublisher loanService = new CloudEventPublisher()) {
            loanService.publish(EventCatalog.LOANS_TOPIC, posted, 0, eventId);
            loanService.publish(EventCatalog.LOANS_TOPIC, posted, 0, eventId);
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> events()
                .body("findAll { it.type == 'org.kisti.savings.SavingsCollectionLineHeld.v1' }.data.line",
                        equalTo(List.of(3))));
        events().body("findAll { it.data.depositId == '" + sheet + ":2' }.size()", equalTo(1))
                .body("findAll { it.type == 'org.kisti.savings.SavingsCollectionLineHeld.v1' }[0].data.movementId",
                        equalTo(sheet + ":3"));
        teller.account(account).statusCode(200).body("balance.amount", equalTo("150.00"));
    }

    @Test
    void heldMoneyStaffSendToSavingsIsDepositedUnderItsResolutionsId() {
        try (CloudEventPublisher loanService = new CloudEventPublisher()) {
            loanService.publish(EventCatalog.LOANS_TOPIC, new HeldCashResolved(ORG, sheet, 1, member,
                    HeldCashResolved.Resolution.DEPOSITED_TO_SAVINGS, account, sheet + ":1:r1",
                    Money.of("245.00", "BDT"), "Her loan was repaid; into her savings", "manager-7",
                    MEETING.plusDays(7)), 2);
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                teller.account(account).statusCode(200).body("balance.amount", equalTo("345.00")));
        events().body("findAll { it.type == 'org.kisti.savings.SavingsDeposited.v1' }[1].data.depositId",
                equalTo(sheet + ":1:r1"));
    }

    private io.restassured.response.ValidatableResponse events() {
        return given().auth().oauth2(TestTokens.auditor(ORG))
                .when().get("/v1/orgs/{org}/savings-accounts/{id}/events", ORG, account).then().statusCode(200);
    }
}
