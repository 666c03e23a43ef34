package org.kisti.reporting.portfolio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.kisti.events.EventCatalog.LOANS_TOPIC;
import static org.kisti.events.EventCatalog.MEMBERS_TOPIC;
import static org.kisti.events.EventCatalog.SAVINGS_TOPIC;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventFixtures;
import org.kisti.events.KistiEvent;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanRecoveryReceived;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.loan.PaymentSplit;
import org.kisti.events.loan.Reallocation;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.events.member.ExitReason;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.events.savings.WithdrawalKind;
import org.kisti.platform.parking.EventTypes;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** The projection end to end: real CloudEvents records on the real broker in, figures out of the REST endpoint. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class PortfolioResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String RESCHEDULED = "org.kisti.loans.LoanRescheduled.v1";
    private static final String RENAMED_PAYMENT = "org.kisti.loans.RepaymentRecorded.v1";
    private static CloudEventPublisher publisher;

    @BeforeAll
    static void connect() {
        publisher = new CloudEventPublisher();
    }

    @AfterAll
    static void disconnect() {
        publisher.close();
    }

    @Test
    void givenAMemberWithSavingsAndALoanWhenThePortfolioIsReadThenItShowsExactFiguresAsOfEachDate() {
        String org = freshOrg();
        publishRahimasStory(org);
        // A second member with an INR loan, later: the figures of January must not see her.
        publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, "m-2-" + org, "g-7", null, "Amena", day("2026-02-10")), 0);
        publisher.publish(LOANS_TOPIC, loan(org, "l-2-" + org, "m-2-" + org, "5000.00", "INR", "2026-02-10"), 0);

        awaitPortfolio(org, "2026-02-28", response -> response
                .body("totals.activeMembers", equalTo(2))
                .body("totals.activeBorrowers", equalTo(2))
                .body("totals.loansDisbursed.count", equalTo(2))
                .body("totals.loansDisbursed.amount", equalTo(moneys("10000.00", "BDT", "5000.00", "INR")))
                .body("totals.loanOutstanding", equalTo(moneys("9782.17", "BDT", "5000.00", "INR"))));

        portfolio(org, "2026-01-31").statusCode(200)
                .body("orgId", equalTo(org))
                .body("asOf", equalTo("2026-01-31"))
                .body("totals.activeMembers", equalTo(1))
                .body("totals.activeBorrowers", equalTo(1))
                .body("totals.savingsOutstanding", equalTo(moneys("150.00", "BDT")))
                .body("totals.loansDisbursed.count", equalTo(1))
                .body("totals.loansDisbursed.amount", equalTo(moneys("10000.00", "BDT")))
                .body("totals.loanOutstanding", equalTo(moneys("9782.17", "BDT")));
    }

    @Test
    void givenADateBeforeThePaymentWhenThePortfolioIsReadThenTheOutstandingIsTheWholePrincipal() {
        String org = freshOrg();
        publishRahimasStory(org);
        awaitPortfolio(org, "2026-01-31", response -> response.body("totals.loanOutstanding", equalTo(moneys("9782.17", "BDT"))));

        portfolio(org, "2026-01-18").statusCode(200)
                .body("totals.savingsOutstanding", equalTo(moneys("100.00", "BDT")))
                .body("totals.loansDisbursed.count", equalTo(1))
                .body("totals.loanOutstanding", equalTo(moneys("10000.00", "BDT")));
        portfolio(org, "2026-01-04").statusCode(200)
                .body("totals.activeMembers", equalTo(0))
                .body("totals.activeBorrowers", equalTo(0))
                .body("totals.savingsOutstanding", empty())
                .body("totals.loansDisbursed.count", equalTo(0))
                .body("totals.loansDisbursed.amount", empty())
                .body("totals.loanOutstanding", empty());
    }

    @Test
    void givenAppliedEventsWhenTheSameRecordsArriveAgainThenTheFiguresAreUnchangedAndTheyAreCountedAsSkipped() {
        String org = freshOrg();
        publishRahimasStory(org);
        awaitPortfolio(org, "2026-01-31", response -> response.body("totals.loanOutstanding", equalTo(moneys("9782.17", "BDT"))));
        double skippedBefore = metric("kisti_projection_skipped_total", "reason=\"duplicate\"");

        publishRahimasStory(org); // a redelivery after a restart: same aggregates, same sequence numbers

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(metric("kisti_projection_skipped_total", "reason=\"duplicate\""))
                        .isGreaterThanOrEqualTo(skippedBefore + 6));
        portfolio(org, "2026-01-31").statusCode(200)
                .body("totals.activeMembers", equalTo(1))
                .body("totals.savingsOutstanding", equalTo(moneys("150.00", "BDT")))
                .body("totals.loansDisbursed.count", equalTo(1))
                .body("totals.loansDisbursed.amount", equalTo(moneys("10000.00", "BDT")))
                .body("totals.loanOutstanding", equalTo(moneys("9782.17", "BDT")));
    }

    @Test
    void givenALoanFullyRepaidWhenThePortfolioIsReadThenHerBorrowingEndsOnThatDay() {
        String org = freshOrg();
        String member = "m-" + org;
        String loan = "l-" + org;
        publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, member, "g-1", null, "Rahima", day("2026-01-05")), 0);
        publisher.publish(LOANS_TOPIC, loan(org, loan, member, "1000.00", "BDT", "2026-01-05"), 0);
        publisher.publish(LOANS_TOPIC, payment(org, loan, member, "p-1-" + org, "600.00", "400.00", "2026-01-19"), 1);
        publisher.publish(LOANS_TOPIC, payment(org, loan, member, "p-2-" + org, "400.00", "0.00", "2026-02-02"), 2);

        awaitPortfolio(org, "2026-02-02", response -> response
                .body("totals.activeMembers", equalTo(1))
                .body("totals.activeBorrowers", equalTo(0))
                .body("totals.loansDisbursed.count", equalTo(1))
                .body("totals.loanOutstanding", equalTo(moneys("0.00", "BDT"))));
        portfolio(org, "2026-02-01").statusCode(200)
                .body("totals.activeBorrowers", equalTo(1))
                .body("totals.loanOutstanding", equalTo(moneys("400.00", "BDT")));
    }

    @Test
    void givenAnEventOfATypeThisReaderDoesNotKnowThenItIsParkedWithItsLoansLaterEventsAndOtherLoansStillApply() {
        String org = freshOrg();
        String member = "m-" + org;
        String loan = "l-" + org;
        double parkedBefore = metric("kisti_parked_records", "");
        publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, member, "g-1", null, "Rahima", day("2026-01-05")), 0);
        publisher.publish(LOANS_TOPIC, loan(org, loan, member, "2000.00", "BDT", "2026-01-05"), 0);
        publisher.send(LOANS_TOPIC, RESCHEDULED, loan, org, 1, "2026-01-10",
                "{\"loanId\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        publisher.publish(LOANS_TOPIC, payment(org, loan, member, "p-1-" + org, "500.00", "1500.00", "2026-01-19"), 2);
        publisher.publish(LOANS_TOPIC, loan(org, "l-2-" + org, member, "3000.00", "BDT", "2026-01-06"), 0);

        // The payment waits behind the fact it follows; the other loan is applied.
        awaitPortfolio(org, "2026-01-31", response -> response
                .body("totals.loansDisbursed.count", equalTo(2))
                .body("totals.loanOutstanding", equalTo(moneys("5000.00", "BDT"))));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(metric("kisti_parked_records", "")).isGreaterThanOrEqualTo(parkedBefore + 2));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'parked-records' }.data.parkedRecords",
                        greaterThanOrEqualTo(2));
    }

    @Test
    void givenParkedRecordsWhenAnUpgradedReaderReplaysThemThenTheyApplyInOrder() {
        String org = freshOrg();
        String member = "m-" + org;
        String loan = "l-" + org;
        publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, member, "g-1", null, "Rahima", day("2026-01-05")), 0);
        publisher.publish(LOANS_TOPIC, loan(org, loan, member, "2000.00", "BDT", "2026-01-05"), 0);
        // A payment published under a type name this build does not know, then an ordinary one after it.
        byte[] firstPayment = json(payment(org, loan, member, "p-1-" + org, "500.00", "1500.00", "2026-01-19"));
        publisher.send(LOANS_TOPIC, RENAMED_PAYMENT, loan, org, 1, "2026-01-19", firstPayment);
        publisher.publish(LOANS_TOPIC, payment(org, loan, member, "p-2-" + org, "300.00", "1200.00", "2026-01-26"), 2);
        awaitPortfolio(org, "2026-01-31", response -> response.body("totals.loanOutstanding", equalTo(moneys("2000.00", "BDT"))));

        // The upgrade: a build that reads the renamed type. Then the operator's step.
        QuarkusMock.installMockForType(new EventTypes() {
            @Override
            public Optional<Class<? extends KistiEvent>> byCeType(String ceType) {
                return RENAMED_PAYMENT.equals(ceType) ? Optional.of(InstallmentPaid.class)
                        : super.byCeType(ceType);
            }
        }, EventTypes.class);
        given().auth().oauth2(TestTokens.mint("ops", List.of("admin"), List.of(org)))
                .when().post("/v1/admin/parked-records/replay")
                .then().statusCode(200).body("applied", greaterThanOrEqualTo(2));

        portfolio(org, "2026-01-31").statusCode(200).body("totals.loanOutstanding", equalTo(moneys("1200.00", "BDT")));
        portfolio(org, "2026-01-20").statusCode(200).body("totals.loanOutstanding", equalTo(moneys("1500.00", "BDT")));
    }

    @Test
    void aCaughtUpProjectionShowsNoLagInRecordsOrSecondsHoweverQuietTheTopicIs() {
        String org = freshOrg();
        publishRahimasStory(org);
        awaitPortfolio(org, "2026-01-31", response -> response.body("totals.loanOutstanding", equalTo(moneys("9782.17", "BDT"))));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(metric("kisti_projection_lag_records", "topic=\"kisti.loans.v1\"")).isZero();
            assertThat(metric("kisti_projection_lag_seconds", "topic=\"kisti.loans.v1\"")).isZero();
        });
        assertThat(metrics()).contains("kisti_projection_lag_records{partition=\"0\",topic=\"kisti.members.v1\"}");
    }

    @Test
    void aLoanOfAMemberTheProjectionDoesNotKnowCountsNoBorrower() {
        String org = freshOrg();
        publisher.publish(LOANS_TOPIC, loan(org, "l-" + org, "m-nobody-" + org, "2000.00", "BDT", "2026-01-05"), 0);
        awaitPortfolio(org, "2026-01-31", response -> response.body("totals.loansDisbursed.count", equalTo(1)));
        portfolio(org, "2026-01-31").statusCode(200).body("totals.activeBorrowers", equalTo(0));
    }

    @Test
    void aMemberPublishedAsVersion1AndOneAsVersion2AreBothCountedAsMembers() {
        String org = freshOrg();
        byte[] version1 = new String(EventFixtures.json(MemberEnrolled.class, 1), StandardCharsets.UTF_8)
                .replace("org-demo", org).replace("\"m-1\"", "\"m-v1-" + org + "\"").getBytes(StandardCharsets.UTF_8);
        publisher.send(MEMBERS_TOPIC, "org.kisti.members.MemberEnrolled.v1", "m-v1-" + org, org, 0, "2026-01-05",
                version1);
        publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, "m-v2-" + org, "g-7", "cg-1", "Amena",
                day("2026-01-06")), 0);

        awaitPortfolio(org, "2026-01-31", response -> response.body("totals.activeMembers", equalTo(2)));
    }

    @Test
    void aWithdrawalReducesSavingsOutstandingFromItsOwnDate() {
        String org = freshOrg();
        String account = "s-w-" + org;
        publisher.publish(SAVINGS_TOPIC, new SavingsAccountOpened(org, account, "m-w-" + org, null, "BDT",
                day("2026-01-05"), null), 0);
        publisher.publish(SAVINGS_TOPIC, new SavingsDeposited(org, account, "m-w-" + org, "d-w-" + org,
                Money.of("100.00", "BDT"), Money.of("100.00", "BDT"), day("2026-01-12")), 1);
        publisher.publish(SAVINGS_TOPIC, new SavingsWithdrawn(org, account, "m-w-" + org, "w-w-" + org,
                Money.of("40.00", "BDT"), Money.of("60.00", "BDT"), WithdrawalKind.EMERGENCY, day("2026-03-02")), 2);

        awaitPortfolio(org, "2026-03-02", response -> response.body("totals.savingsOutstanding", equalTo(moneys("60.00",
                "BDT"))));
        portfolio(org, "2026-03-01").statusCode(200).body("totals.savingsOutstanding", equalTo(moneys("100.00", "BDT")));
    }

    @Test
    void aReversedPaymentCountsAtNoDateAndThePaymentsItShiftedTakeTheirNewSplits() {
        String org = freshOrg();
        publishRahimasStory(org);
        String loan = "l-" + org;
        String member = "m-" + org;
        publisher.publish(LOANS_TOPIC, payment(org, loan, member, "p-2-" + org, "100.00", "9682.17", "2026-01-26"), 2);
        Money zero = Money.zero("BDT");
        // p-1 reversed: p-2 (127.17) now pays instalment 1's interest and 100.00 of its principal, as before.
        publisher.publish(LOANS_TOPIC, new RepaymentReversed(org, loan, member, "p-1-" + org, Money.of("245.00", "BDT"),
                zero, Money.of("27.17", "BDT"), Money.of("217.83", "BDT"), Money.of("9900.00", "BDT"),
                "Entered against the wrong loan", "manager-7", day("2026-02-02"), "kisti-allocation/1",
                List.of(new Reallocation("p-2-" + org, zero, Money.of("27.17", "BDT"), Money.of("100.00", "BDT"),
                        List.of()))), 3);

        awaitPortfolio(org, "2026-01-20", response -> response.body("totals.loanOutstanding",
                equalTo(moneys("10000.00", "BDT"))));
        portfolio(org, "2026-02-02").statusCode(200).body("totals.loanOutstanding", equalTo(moneys("9900.00", "BDT")));
    }

    @Test
    void aLoanThirtyOneDaysLateMovesItsWholeOutstandingIntoPar30AndAReversedPaymentRaisesIt() {
        String org = freshOrg();
        String loan = "l-par-" + org;
        String member = "m-par-" + org;
        Money zero = Money.zero("BDT");
        publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, member, "g-7", null, "Rahima Begum",
                day("2026-01-05")), 0);
        publisher.publish(LOANS_TOPIC, new LoanDisbursed(org, loan, member, Money.of("10000.00", "BDT"), zero,
                day("2026-01-05"), List.of(
                        new LoanDisbursed.ScheduledInstallment(1, day("2026-02-01"), Money.of("5000.00", "BDT"),
                                Money.of("100.00", "BDT"), zero),
                        new LoanDisbursed.ScheduledInstallment(2, day("2026-03-01"), Money.of("5000.00", "BDT"),
                                Money.of("100.00", "BDT"), zero)),
                "kisti-schedule/1", new BigDecimal("12.00"), new BigDecimal("12.68"), null), 0);
        publisher.publish(LOANS_TOPIC, new InstallmentPaid(org, loan, member, "p-par-" + org,
                Money.of("5100.00", "BDT"), zero, Money.of("100.00", "BDT"), Money.of("5000.00", "BDT"),
                Money.of("5000.00", "BDT"), day("2026-02-01"), "kisti-allocation/1", List.of(new PaymentSplit(1, zero,
                        Money.of("100.00", "BDT"), Money.of("5000.00", "BDT"))), List.of()), 1);

        // Instalment 2 (1 March) unpaid on 1 April: 31 days, so the whole 5,000 outstanding is in PAR 1 and PAR 30.
        awaitPortfolio(org, "2026-04-01", response -> response.body("totals.loansInArrears", equalTo(1))
                .body("totals.overdue", equalTo(moneys("5100.00", "BDT")))
                .body("totals.par.'30'.amount", equalTo(moneys("5000.00", "BDT")))
                .body("totals.par.'30'.ratio[0].ratio", equalTo("1.0000"))
                .body("totals.par.'60'.amount", equalTo(moneys("0.00", "BDT"))));
        portfolio(org, "2026-03-01").statusCode(200).body("totals.loansInArrears", equalTo(0));

        publisher.publish(LOANS_TOPIC, new RepaymentReversed(org, loan, member, "p-par-" + org,
                Money.of("5100.00", "BDT"), zero, Money.of("100.00", "BDT"), Money.of("5000.00", "BDT"),
                Money.of("10000.00", "BDT"), "Entered against the wrong loan", "manager-7", day("2026-04-01"),
                "kisti-allocation/1", List.of()), 2);
        // Reversed, nothing stands: 59 days from 1 February, and all 10,000 is at risk past 30 days.
        awaitPortfolio(org, "2026-04-01", response -> response.body("totals.par.'30'.amount",
                equalTo(moneys("10000.00", "BDT"))).body("totals.par.'60'.amount", equalTo(moneys("0.00", "BDT"))));
    }

    @Test
    void theInPeriodFiguresCountWhatHappenedFromTheFirstOfTheMonthOrTheGivenDayToAsOf() {
        String org = freshOrg();
        publisher.publish(LOANS_TOPIC, loan(org, "l-feb-" + org, "m-1", "8000.00", "BDT", "2026-02-10"), 0);
        publisher.publish(LOANS_TOPIC, loan(org, "l-mar-" + org, "m-2", "10000.00", "BDT", "2026-03-10"), 0);
        publisher.publish(LOANS_TOPIC, new LoanWrittenOff(org, "l-feb-" + org, "m-1", day("2026-03-15"),
                Money.of("8000.00", "BDT"), Money.zero("BDT"), Money.zero("BDT"), 33, 30, "Lost", "manager-7",
                List.of()), 1);
        publisher.publish(LOANS_TOPIC, new LoanRecoveryReceived(org, "l-feb-" + org, "m-1", "r-" + org,
                Money.of("500.00", "BDT"), day("2026-03-20")), 2);

        awaitPortfolio(org, "2026-03-31", response -> response.body("from", equalTo("2026-03-01"))
                .body("totals.loansDisbursedInPeriod.count", equalTo(1))
                .body("totals.loansDisbursedInPeriod.amount", equalTo(moneys("10000.00", "BDT")))
                .body("totals.writtenOffInPeriod", equalTo(moneys("8000.00", "BDT")))
                .body("totals.recoveriesInPeriod", equalTo(moneys("500.00", "BDT"))));
        given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-03-31&from=2026-02-01", org).then().statusCode(200)
                .body("totals.loansDisbursedInPeriod.count", equalTo(2));
        given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-03-31&from=2026-04-01", org).then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void aLoanWrittenOffLeavesTheOutstandingPortfolioFromItsDate() {
        String org = freshOrg();
        publishRahimasStory(org);
        String loan = "l-" + org;
        publisher.publish(LOANS_TOPIC, new LoanWrittenOff(org, loan, "m-" + org, day("2026-09-01"),
                Money.of("9782.17", "BDT"), Money.of("1222.83", "BDT"), Money.zero("BDT"), 225, 180,
                "Classified bad", "manager-7", List.of()), 2);

        awaitPortfolio(org, "2026-09-01", response -> response.body("totals.loanOutstanding",
                equalTo(moneys("0.00", "BDT"))));
        portfolio(org, "2026-08-31").statusCode(200).body("totals.loanOutstanding", equalTo(moneys("9782.17", "BDT")));
    }

    @Test
    void interestPostedAndAGroupsFundCountInSavingsOutstandingFromTheirDates() {
        String org = freshOrg();
        String fund = "s-fund-" + org;
        publisher.publish(SAVINGS_TOPIC, new SavingsAccountOpened(org, fund, null, "g-7", "BDT", day("2026-01-05"),
                "sp-1"), 0);
        publisher.publish(SAVINGS_TOPIC, new SavingsDeposited(org, fund, null, "d-f-" + org,
                Money.of("300.00", "BDT"), Money.of("300.00", "BDT"), day("2026-01-13")), 1);
        publisher.publish(SAVINGS_TOPIC, new SavingsInterestPosted(org, fund, null, "i-f-" + org, day("2026-01-05"),
                day("2026-03-31"), Money.of("3.85", "BDT"), Money.zero("BDT"), "DAILY_BALANCE",
                List.of(new SavingsInterestPosted.RateInForce(day("2026-01-01"), new BigDecimal("6.00"))), false), 2);

        awaitPortfolio(org, "2026-03-31", response -> response.body("totals.savingsOutstanding",
                equalTo(moneys("303.85", "BDT"))));
        portfolio(org, "2026-03-30").statusCode(200).body("totals.savingsOutstanding", equalTo(moneys("300.00", "BDT")));
    }

    @Test
    void aMemberWhoLeftIsActiveUpToTheDayBeforeHerExitDate() {
        String org = freshOrg();
        String member = "m-exit-" + org;
        publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, member, "g-7", null, "Amena", day("2026-01-05")), 0);
        publisher.publish(MEMBERS_TOPIC, new MemberExitRequested(org, member, ExitReason.MIGRATION,
                day("2026-03-31")), 1);
        publisher.publish(MEMBERS_TOPIC, new MemberExited(org, member, day("2026-03-31")), 2);

        // Counted the day before first (so her enrolment is in), then not from the day she left.
        awaitPortfolio(org, "2026-03-30", response -> response.body("totals.activeMembers", equalTo(1)));
        awaitPortfolio(org, "2026-03-31", response -> response.body("totals.activeMembers", equalTo(0)));
    }

    @Test
    void aFunderAndAnAuditorOfTheOrganisationCanReadThePortfolio() {
        String org = freshOrg();
        given().auth().oauth2(TestTokens.funder(org))
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-01-31", org)
                .then().statusCode(200).body("totals.activeBorrowers", equalTo(0));
        given().auth().oauth2(TestTokens.auditor(org))
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-01-31", org)
                .then().statusCode(200);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().when().get("/v1/orgs/{org}/portfolio?asOf=2026-01-31", freshOrg())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenForAnotherOrganisationIsRefusedWith403() {
        given().auth().oauth2(TestTokens.funder("org-other"))
                .when().get("/v1/orgs/{org}/portfolio?asOf=2026-01-31", freshOrg())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aMissingOrMalformedAsOfIsA400NamingTheField() {
        String org = freshOrg();
        for (String query : List.of("", "?asOf=", "?asOf=31-01-2026", "?asOf=2026-02-30")) {
            given().auth().oauth2(TestTokens.staff(org))
                    .when().get("/v1/orgs/" + org + "/portfolio" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("asOf"));
        }
    }

    /** Rahima: enrolled, an account with two deposits, a BDT 10,000 loan and one instalment paid on 19 January. */
    private static void publishRahimasStory(String org) {
        String member = "m-" + org;
        String account = "s-" + org;
        String loan = "l-" + org;
        publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, member, "g-7", null, "Rahima Begum", day("2026-01-05")), 0);
        publisher.publish(SAVINGS_TOPIC, new SavingsAccountOpened(org, account, member, null, "BDT", day("2026-01-05"), null), 0);
        publisher.publish(SAVINGS_TOPIC, new SavingsDeposited(org, account, member, "d-1-" + org,
                Money.of("100.00", "BDT"), Money.of("100.00", "BDT"), day("2026-01-05")), 1);
        publisher.publish(SAVINGS_TOPIC, new SavingsDeposited(org, account, member, "d-2-" + org,
                Money.of("50.00", "BDT"), Money.of("150.00", "BDT"), day("2026-01-19")), 2);
        publisher.publish(LOANS_TOPIC, loan(org, loan, member, "10000.00", "BDT", "2026-01-05"), 0);
        publisher.publish(LOANS_TOPIC, payment(org, loan, member, "p-1-" + org, "217.83", "9782.17", "2026-01-19"), 1);
    }

    private static LoanDisbursed loan(String org, String loan, String member, String principal, String currency,
            String on) {
        return new LoanDisbursed(org, loan, member, Money.of(principal, currency), Money.zero(currency), day(on),
                List.of(), "kisti-schedule/1", new BigDecimal("27.86"), new BigDecimal("32.03"), null);
    }

    private static InstallmentPaid payment(String org, String loan, String member, String payment, String principal,
            String outstandingAfter, String on) {
        Money principalPaid = Money.of(principal, "BDT");
        Money interest = Money.of("27.17", "BDT");
        return new InstallmentPaid(org, loan, member, payment, principalPaid.plus(interest), Money.zero("BDT"),
                interest, principalPaid, Money.of(outstandingAfter, "BDT"), day(on), "kisti-allocation/1", List.of(),
                List.of());
    }

    private static void awaitPortfolio(String org, String asOf,
            java.util.function.Consumer<ValidatableResponse> expectations) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                expectations.accept(portfolio(org, asOf).statusCode(200)));
    }

    private static ValidatableResponse portfolio(String org, String asOf) {
        return given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/{org}/portfolio?asOf={asOf}", org, asOf)
                .then();
    }

    private static List<Map<String, String>> moneys(String... amountCurrencyPairs) {
        List<Map<String, String>> moneys = new java.util.ArrayList<>();
        for (int i = 0; i < amountCurrencyPairs.length; i += 2) {
            moneys.add(Map.of("amount", amountCurrencyPairs[i], "currency", amountCurrencyPairs[i + 1]));
        }
        return moneys;
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of a Prometheus counter's series whose labels contain the given one. */
    private static double metric(String name, String label) {
        return metrics().lines()
                .filter(line -> (line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static byte[] json(Object event) {
        try {
            return org.kisti.events.EventJson.newMapper().writeValueAsBytes(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static String freshOrg() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
