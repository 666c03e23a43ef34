package org.kisti.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kisti.events.collection.CollectionLineHeld;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.events.loan.LoanRecoveryReceived;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.loan.WriteOffPolicySet;
import org.kisti.events.loan.PaymentSplit;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.events.loan.LoanRepaid;
import java.time.DayOfWeek;
import org.kisti.events.member.ExitReason;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTrainingCompleted;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.member.PersonalDataErased;
import org.kisti.events.organisation.FederationLevelsNamed;
import org.kisti.events.organisation.FederationUnitAffiliated;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.events.organisation.GroupAffiliated;
import org.kisti.events.organisation.HolidayDeclared;
import org.kisti.events.organisation.WeeklyDaysOffSet;
import org.kisti.events.origination.FundRegistered;
import org.kisti.events.origination.LendingPolicySet;
import org.kisti.events.origination.LoanApplied;
import org.kisti.events.origination.LoanApproved;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.events.origination.LoanRejected;
import org.kisti.events.origination.LoanWithdrawn;
import org.kisti.events.organisation.BranchClosed;
import org.kisti.events.organisation.BranchOpened;
import org.kisti.events.organisation.CohesionGroupFormed;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.events.organisation.GroupClosed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupKind;
import org.kisti.events.organisation.GroupMeetingChanged;
import org.kisti.events.organisation.GroupOfficerAssigned;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsCollectionLineHeld;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsLienPlaced;
import org.kisti.events.savings.SavingsLienReleased;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.events.savings.WithdrawalKind;

/**
 * The serialised JSON of every published event type, pinned in {@link EventFixtures}, driven by the catalog: a type
 * added to {@link EventCatalog} without an example, a fixture or an AsyncAPI entry fails here. A failing comparison
 * means the published contract changed: bump the event's version and add an upcaster instead of editing the fixture.
 */
class PublishedEventSnapshotTest {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final LocalDate MEETING = LocalDate.of(2026, 1, 19);
    private static final String SHEET = "3f0c2d1e-7a4b-4c5d-9e8f-1a2b3c4d5e6f";

    /** One example of each published type, field by field. */
    private static final Map<Class<? extends KistiEvent>, KistiEvent> EXAMPLES = examples().collect(
            Collectors.toMap(KistiEvent::getClass, Function.identity()));

    private static Stream<KistiEvent> examples() {
        Money bdt100 = Money.of("100.00", "BDT");
        return Stream.of(
                new MemberEnrolled("org-demo", "m-1", "g-7", "cg-7-1", "Rahima Begum", DAY),
                new BranchOpened("org-demo", "b-1", "DHK-07", "Dhanmondi", "Dhaka", "Dhanmondi", DAY),
                new BranchClosed("org-demo", "b-1", DAY.plusYears(1)),
                new GroupFormed("org-demo", "g-7", "b-1", GroupKind.LENDING_GROUP, "Shapla Mohila Samity",
                        DayOfWeek.TUESDAY, "Courtyard of Rahima Begum", "staff-42", DAY),
                new GroupMeetingChanged("org-demo", "g-7", DayOfWeek.WEDNESDAY, "Primary school", DAY.plusDays(30)),
                new GroupOfficerAssigned("org-demo", "g-7", "staff-43", DAY.plusDays(60)),
                new GroupClosed("org-demo", "g-7", DAY.plusYears(1)),
                new CohesionGroupFormed("org-demo", "g-7", "cg-7-1", "Team 1", DAY),
                new MemberTrainingCompleted("org-demo", "m-1", "t-1", "Financial literacy", 8, LocalDate.of(2026, 3, 2)),
                new MemberTransferred("org-demo", "m-1", "g-7", "g-8", "cg-8-2", LocalDate.of(2026, 4, 6)),
                new MemberExitRequested("org-demo", "m-1", ExitReason.MIGRATION, LocalDate.of(2026, 6, 30)),
                new MemberExited("org-demo", "m-1", LocalDate.of(2026, 6, 30)),
                new PersonalDataErased("org-demo", "m-1", LocalDate.of(2026, 7, 15)),
                new HolidayDeclared("org-demo", "h-1", null, LocalDate.of(2026, 3, 26), "Independence Day"),
                new FederationLevelsNamed("org-demo", "f-1", List.of("VO", "CLF", "BLOCK", "DISTRICT"), DAY),
                new FederationUnitFormed("org-demo", "vo-1", "VO", "Rampur VO", DAY),
                new FederationUnitAffiliated("org-demo", "vo-1", "clf-1", LocalDate.of(2026, 2, 1)),
                new GroupAffiliated("org-demo", "g-7", "vo-1", LocalDate.of(2026, 2, 1)),
                new LoanProductVersioned("org-demo", "prod-1", LocalDate.of(2026, 1, 1), "Jagoron", "BDT",
                        new BigDecimal("10000.00"), new BigDecimal("500000.00"), List.of(46), "WEEKLY", "FLAT",
                        "PER_LOAN", new BigDecimal("12.50"), new BigDecimal("1.00"), 15, new BigDecimal("10.00"), true, 1,
                        List.of(new LoanProductVersioned.CycleCap(1, new BigDecimal("30000.00")),
                                new LoanProductVersioned.CycleCap(2, new BigDecimal("50000.00")),
                                new LoanProductVersioned.CycleCap(3, new BigDecimal("100000.00"))),
                        List.of("core", "ab-bank"), List.of("POULTRY", "COW_REARING"), true, new BigDecimal("1"),
                        "HALF_UP", new BigDecimal("26.46"), "PRO_RATA", "NEXT_MEETING_DAY"),
                new LoanWithdrawn("org-demo", "a-2", "m-1", LocalDate.of(2026, 2, 4), "She will borrow after the harvest",
                        "staff-42"),
                new LendingPolicySet("org-demo", "lp-1", LocalDate.of(2026, 1, 1), new BigDecimal("27.00")),
                new FundRegistered("org-demo", "ab-bank", "AB Bank line", "ab-bank", "BDT", LocalDate.of(2026, 1, 1)),
                new LoanApplied("org-demo", "a-1", "m-1", "prod-1", Money.of("10000.00", "BDT"), 46, "POULTRY",
                        "ab-bank", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 24),
                        "staff-42"),
                new LoanApproved("org-demo", "a-1", "m-1", LocalDate.of(2026, 2, 5), "manager-7",
                        LocalDate.of(2026, 1, 1), 1, 0, Money.of("1000.00", "BDT"), 8),
                new LoanRejected("org-demo", "a-1", "m-1", LocalDate.of(2026, 2, 5), "Withdrawn by the member",
                        "manager-7"),
                new EligibilityPolicySet("org-demo", "p-1", DAY, 18, 45, new BigDecimal("50.00"), List.of("FEMALE"),
                        true, 20, 30, 5, 7, 8),
                new SavingsAccountOpened("org-demo", "s-1", "m-1", null, "BDT", DAY, "sp-1"),
                new SavingsProductVersioned("org-demo", "sp-1", LocalDate.of(2026, 1, 1), "Compulsory weekly savings",
                        SavingsKind.COMPULSORY, "BDT", new BigDecimal("20.00"), new BigDecimal("0.00"),
                        new BigDecimal("6.00"), "MINIMUM_MONTHLY_BALANCE", "HALF_YEARLY", null),
                new SavingsDeposited("org-demo", "s-1", "m-1", "d-1", bdt100, bdt100, DAY),
                new SavingsWithdrawn("org-demo", "s-1", "m-1", "w-1", Money.of("40.00", "BDT"), Money.of("60.00", "BDT"),
                        WithdrawalKind.EMERGENCY, LocalDate.of(2026, 3, 2)),
                new SavingsAccountClosed("org-demo", "s-1", "m-1", LocalDate.of(2026, 6, 30)),
                new SavingsInterestPosted("org-demo", "s-1", "m-1", "ip-1", DAY, LocalDate.of(2026, 6, 30),
                        Money.of("0.65", "BDT"), Money.zero("BDT"), "MINIMUM_MONTHLY_BALANCE",
                        List.of(new SavingsInterestPosted.RateInForce(LocalDate.of(2026, 1, 1), new BigDecimal("6.00"))),
                        false),
                new SavingsLienPlaced("org-demo", "s-1", "m-1", "l-1", Money.of("50.00", "BDT"), DAY),
                new SavingsLienReleased("org-demo", "s-1", "m-1", "l-1", Money.of("50.00", "BDT"),
                        LocalDate.of(2026, 11, 23), "LoanRepaid"),
                new LoanDisbursed("org-demo", "l-1", "m-1", Money.of("10000.00", "BDT"), bdt100, DAY,
                        List.of(new LoanDisbursed.ScheduledInstallment(1, DAY.plusDays(14), Money.of("217.83", "BDT"),
                                Money.of("27.17", "BDT"), Money.zero("BDT"))),
                        "kisti-schedule/1", new BigDecimal("27.86"), new BigDecimal("32.03"),
                        new LoanDisbursed.Origin("a-1", "prod-1", "ab-bank", "ab-bank", "POULTRY", 1, "g-7", "b-1",
                                "staff-42", Money.of("1000.00", "BDT"))),
                new LoanRepaid("org-demo", "l-1", "m-1", LocalDate.of(2026, 11, 23)),
                new InstallmentPaid("org-demo", "l-1", "m-1", "p-1", Money.of("245.00", "BDT"), Money.zero("BDT"),
                        Money.of("27.17", "BDT"), Money.of("217.83", "BDT"), Money.of("9782.17", "BDT"),
                        DAY.plusDays(14), "kisti-allocation/1", List.of(new PaymentSplit(1, Money.zero("BDT"),
                                Money.of("27.17", "BDT"), Money.of("217.83", "BDT"))), List.of()),
                new RepaymentReversed("org-demo", "l-1", "m-1", "p-1", Money.of("245.00", "BDT"), Money.zero("BDT"),
                        Money.of("27.17", "BDT"), Money.of("217.83", "BDT"), Money.of("10000.00", "BDT"),
                        "Entered against the wrong loan", "manager-7", LocalDate.of(2026, 11, 24),
                        "kisti-allocation/1", List.of()),
                new LoanReopened("org-demo", "l-1", "m-1", "p-1", LocalDate.of(2026, 11, 24)),
                new LoanSettledEarly("org-demo", "l-1", "m-1", "st-1", Money.of("10016.25", "BDT"),
                        Money.of("10000.00", "BDT"), Money.of("16.25", "BDT"), Money.zero("BDT"),
                        Money.of("1195.53", "BDT"), Money.zero("BDT"), "PRO_RATA", LocalDate.of(2026, 11, 25),
                        List.of(new PaymentSplit(1, Money.zero("BDT"), Money.of("16.25", "BDT"),
                                Money.of("10000.00", "BDT"))),
                        List.of(new PaymentSplit(1, Money.zero("BDT"), Money.of("1195.53", "BDT"),
                                Money.zero("BDT")))),
                new LoanWrittenOff("org-demo", "l-1", "m-1", LocalDate.of(2028, 12, 1), Money.of("9782.17", "BDT"),
                        Money.of("1222.83", "BDT"), Money.zero("BDT"), 735, 730, "Classified bad for two years",
                        "manager-7", List.of(new PaymentSplit(2, Money.zero("BDT"), Money.of("1222.83", "BDT"),
                                Money.of("9782.17", "BDT")))),
                new LoanRecoveryReceived("org-demo", "l-1", "m-1", "r-1", Money.of("500.00", "BDT"),
                        LocalDate.of(2029, 1, 15)),
                new CollectionSheetPosted("org-demo", SHEET, "g-7", MEETING, "staff-42", "5a1f09c2e8d3b4a6", false,
                        Money.of("295.00", "BDT"), List.of(new CollectionSheetPosted.Attendance("m-1", true),
                                new CollectionSheetPosted.Attendance("m-2", false)),
                        List.of(new CollectionSheetPosted.Line(1, "m-1", LineKind.LOAN_REPAYMENT, "l-1",
                                        Money.of("245.00", "BDT")),
                                new CollectionSheetPosted.Line(2, "m-1", LineKind.SAVINGS_DEPOSIT, "s-1", bdt100),
                                new CollectionSheetPosted.Line(3, "m-1", LineKind.SAVINGS_WITHDRAWAL, "s-1",
                                        Money.of("50.00", "BDT")))),
                new CollectionLineHeld("org-demo", SHEET, 1, "m-1", SHEET + ":1", Money.of("245.00", "BDT"),
                        "amount: must not exceed what is still owed on the loan (0.00 BDT), was 245.00; the loan is"
                                + " repaid", MEETING),
                new HeldCashResolved("org-demo", SHEET, 1, "m-1", HeldCashResolved.Resolution.APPLIED_TO_LOAN, "l-2",
                        SHEET + ":1:r1", Money.of("245.00", "BDT"), "Paid towards her new loan", "manager-7",
                        MEETING.plusDays(7)),
                new SavingsCollectionLineHeld("org-demo", "s-1", "m-1", SHEET, 2, SHEET + ":2", bdt100,
                        "accountId: the account is closed", MEETING),
                new WriteOffPolicySet("org-demo", "wp-1", LocalDate.of(2026, 1, 1), 730),
                new WeeklyDaysOffSet("org-demo", "cal-1", LocalDate.of(2026, 1, 1), List.of(DayOfWeek.FRIDAY)),
                new LoanRescheduled("org-demo", "l-1", "m-1", "rs-1", LocalDate.of(2026, 1, 12), "FLOOD",
                        "MORATORIUM", 4, List.of(new LoanDisbursed.ScheduledInstallment(1, LocalDate.of(2026, 2, 16),
                                Money.of("217.83", "BDT"), Money.of("27.17", "BDT"), Money.zero("BDT"))),
                        "kisti-schedule/1"));
    }

    static List<Class<? extends KistiEvent>> publishedTypes() {
        return EventCatalog.types();
    }

    @ParameterizedTest
    @MethodSource("publishedTypes")
    void everyPublishedTypeHasAnExampleWhoseJsonMatchesItsPinnedFixture(Class<? extends KistiEvent> type)
            throws IOException {
        KistiEvent example = EXAMPLES.get(type);
        assertThat(example).as("an example of " + type.getSimpleName() + " in this test").isNotNull();
        JsonNode pinned = JSON.readTree(EventFixtures.json(type));

        assertThat((JsonNode) JSON.valueToTree(example)).isEqualTo(pinned);
        assertThat(EventFixtures.example(type)).isEqualTo(example);
    }

    @ParameterizedTest
    @MethodSource("publishedTypes")
    void everyPublishedTypeIsFoundUnderItsCloudEventsTypeAndHasATopic(Class<? extends KistiEvent> type) {
        assertThat(EventCatalog.byCeType(EventCatalog.ceType(type))).contains(type);
        assertThat(EventCatalog.TOPICS).contains(EventCatalog.topicOf(type));
    }

    @ParameterizedTest
    @MethodSource("publishedTypes")
    void everyPublishedTypeIsDocumentedInTheAsyncApi(Class<? extends KistiEvent> type) throws IOException {
        String asyncApi = Files.readString(Path.of("..", "docs", "asyncapi.yaml"));

        assertThat(asyncApi).contains(EventCatalog.ceType(type)).contains("    " + type.getSimpleName() + ":");
    }

    @Test
    void thereIsNoExampleOfATypeTheCatalogDoesNotPublish() {
        assertThat(EventCatalog.types()).containsAll(EXAMPLES.keySet());
    }
}
