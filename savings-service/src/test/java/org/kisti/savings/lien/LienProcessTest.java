package org.kisti.savings.lien;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.EventFixtures;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.member.ExitReason;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.savings.SavingsTeller;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;

/** Liens follow the loans topic, and her exit refund waits for the last one to go. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class LienProcessTest {

    private static final String ORG = "org-liens";
    private final SavingsTeller teller = new SavingsTeller(ORG);

    @Inject
    MembersView members;

    @Test
    void aLoanHoldsHerCompulsorySavingsUntilItIsRepaidAndHerExitRefundWaitsForIt() {
        String compulsory = teller.product(Map.of("kind", "COMPULSORY", "balanceBasis", "DAILY_BALANCE",
                "postingPeriod", "YEARLY", "annualInterestRate", "0.00"));
        String voluntary = teller.product(Map.of("kind", "VOLUNTARY", "annualInterestRate", "0.00"));
        String member = MemberFacts.enrolledAndKnown(ORG, id -> members.find(ORG, id).isPresent());
        String other = teller.account(member, voluntary, "2026-01-05");
        String account = teller.account(member, compulsory, "2026-01-06");
        teller.deposit(account, "100.00", "2026-01-12").statusCode(201);
        teller.deposit(other, "500.00", "2026-01-12").statusCode(201);
        String loan = "l-" + UUID.randomUUID();

        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.LOANS_TOPIC, disbursed(loan, member, "60.00"), 0);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "60.00".equals(
                    teller.account(account).extract().path("held.amount")));
            teller.account(other).body("held.amount", equalTo("0.00"));

            teller.withdraw(account, "40.01", "EMERGENCY", "2026-03-02").statusCode(422)
                    .body("errors.field", hasItem("amount"));
            teller.withdraw(account, "40.00", "EMERGENCY", "2026-03-02").statusCode(201);

            publisher.publish(EventCatalog.MEMBERS_TOPIC, new MemberExitRequested(ORG, member, ExitReason.MIGRATION,
                    LocalDate.of(2026, 6, 30)), 1);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> members.find(ORG, member)
                    .map(m -> MembersView.LEAVING.equals(m.status())).orElse(false));
            // Her voluntary savings are held by nothing, yet nothing is refunded while the loan holds any of hers.
            teller.account(other).body("closed", equalTo(false));

            publisher.publish(EventCatalog.LOANS_TOPIC, new LoanRepaid(ORG, loan, member, LocalDate.of(2026, 7, 15)),
                    1);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(
                teller.account(account).extract().path("closed")));
        teller.account(account).body("held.amount", equalTo("0.00")).body("balance.amount", equalTo("0.00"));
        teller.statement(account, "2026-07-01", "2026-07-31").body("lines.reason", hasItem("EXIT_REFUND"))
                .body("lines[0].valueDate", equalTo("2026-07-15")).body("lines[0].amount.amount", equalTo("-60.00"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(
                teller.account(other).extract().path("closed")));
    }

    @Test
    void aLoanReopenedByAReversalHoldsHerSavingsAgain() {
        String compulsory = teller.product(Map.of("kind", "COMPULSORY", "annualInterestRate", "0.00"));
        String member = MemberFacts.enrolledAndKnown(ORG, id -> members.find(ORG, id).isPresent());
        String account = teller.account(member, compulsory, "2026-01-06");
        teller.deposit(account, "100.00", "2026-01-12").statusCode(201);
        String loan = "l-" + UUID.randomUUID();

        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.LOANS_TOPIC, disbursed(loan, member, "50.00"), 0);
            publisher.publish(EventCatalog.LOANS_TOPIC, new LoanRepaid(ORG, loan, member, LocalDate.of(2026, 3, 2)),
                    1);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> loanLienReleased(account));
            teller.account(account).body("held.amount", equalTo("0.00"));
            publisher.publish(EventCatalog.LOANS_TOPIC, new LoanReopened(ORG, loan, member, "p-1",
                    LocalDate.of(2026, 3, 9)), 2);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "50.00".equals(
                teller.account(account).extract().path("held.amount")));
    }

    /** Whether the account's history shows the lien placed and released. */
    private boolean loanLienReleased(String account) {
        List<String> types = given().auth().oauth2(TestTokens.staff(ORG))
                .when().get("/v1/orgs/{org}/savings-accounts/{id}/events", ORG, account).then().extract().path("type");
        return types.contains("org.kisti.savings.SavingsLienReleased.v1");
    }

    private static LoanDisbursed disbursed(String loanId, String memberId, String savingsRequired) {
        LoanDisbursed example = EventFixtures.example(LoanDisbursed.class);
        LoanDisbursed.Origin origin = example.origin();
        return new LoanDisbursed(ORG, loanId, memberId, example.principal(), example.upfrontCharge(),
                LocalDate.of(2026, 2, 9), example.schedule(), example.calculator(), example.nominalAnnualRate(),
                example.effectiveAnnualRate(), new LoanDisbursed.Origin(origin.applicationId(), origin.productId(),
                        origin.fundId(), origin.funderId(), origin.purpose(), origin.cycle(), origin.groupId(),
                        origin.branchId(), origin.officerId(), Money.of(savingsRequired, "BDT")));
    }
}
