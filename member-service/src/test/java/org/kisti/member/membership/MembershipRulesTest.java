package org.kisti.member.membership;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.events.member.ExitReason;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTrainingCompleted;
import org.kisti.events.member.MemberTransferred;
import org.kisti.member.enrolment.Member;
import org.kisti.member.membership.MembershipCommands.CompleteExit;
import org.kisti.member.membership.MembershipCommands.RecordTraining;
import org.kisti.member.membership.MembershipCommands.RequestExit;
import org.kisti.member.membership.MembershipCommands.Transfer;
import org.kisti.platform.problem.BusinessRuleViolation;

class MembershipRulesTest {

    private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 5);
    private static final MemberEnrolled RAHIMA = new MemberEnrolled("org", "m-1", "g-1", null, "Rahima", ENROLLED);

    private AggregateTestFixture<Member> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Member.class);
    }

    @Test
    void aTrainingAfterHerEnrolmentIsRecorded() {
        fixture.given(RAHIMA)
                .when(new RecordTraining("org", "m-1", "t-1", "Financial literacy", 8, ENROLLED.plusWeeks(8)))
                .expectEvents(new MemberTrainingCompleted("org", "m-1", "t-1", "Financial literacy", 8,
                        ENROLLED.plusWeeks(8)));
    }

    @Test
    void aTrainingBeforeHerEnrolmentIsRefused() {
        fixture.given(RAHIMA)
                .when(new RecordTraining("org", "m-1", "t-1", "Financial literacy", 8, ENROLLED.minusDays(1)))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void aTransferRecordsTheGroupSheLeavesAndTheOneSheJoins() {
        fixture.given(RAHIMA)
                .when(new Transfer("org", "m-1", "g-2", "cg-2", ENROLLED.plusMonths(3)))
                .expectEvents(new MemberTransferred("org", "m-1", "g-1", "g-2", "cg-2", ENROLLED.plusMonths(3)));
    }

    @Test
    void aTransferDatedBeforeHerLatestPlacementIsRefused() {
        fixture.given(RAHIMA, new MemberTransferred("org", "m-1", "g-1", "g-2", null, ENROLLED.plusMonths(3)))
                .when(new Transfer("org", "m-1", "g-3", null, ENROLLED.plusMonths(2)))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void aTransferToHerOwnGroupIsRefused() {
        fixture.given(RAHIMA)
                .when(new Transfer("org", "m-1", "g-1", null, ENROLLED.plusMonths(3)))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void anExitIsRequestedOnceAndCompletedOnce() {
        MemberExitRequested requested = new MemberExitRequested("org", "m-1", ExitReason.DEATH, ENROLLED.plusYears(1));
        fixture.given(RAHIMA).when(new RequestExit("org", "m-1", ExitReason.DEATH, ENROLLED.plusYears(1)))
                .expectEvents(requested);
        fixture.given(RAHIMA, requested).when(new RequestExit("org", "m-1", ExitReason.DEATH, ENROLLED.plusYears(1)))
                .expectException(BusinessRuleViolation.class);
        fixture.given(RAHIMA, requested).when(new CompleteExit("org", "m-1"))
                .expectEvents(new MemberExited("org", "m-1", ENROLLED.plusYears(1)));
        fixture.given(RAHIMA, requested, new MemberExited("org", "m-1", ENROLLED.plusYears(1)))
                .when(new CompleteExit("org", "m-1"))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void noTransferAfterSheAskedToLeave() {
        fixture.given(RAHIMA, new MemberExitRequested("org", "m-1", ExitReason.VOLUNTARY, ENROLLED.plusMonths(6)))
                .when(new Transfer("org", "m-1", "g-2", null, ENROLLED.plusMonths(2)))
                .expectException(BusinessRuleViolation.class);
    }
}
