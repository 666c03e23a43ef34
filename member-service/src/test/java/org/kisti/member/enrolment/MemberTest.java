package org.kisti.member.enrolment;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.events.member.MemberEnrolled;

class MemberTest {

    private AggregateTestFixture<Member> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Member.class);
    }

    @Test
    void anEnrolmentIsRecordedWithHerGroupAndCohesionGroup() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        fixture.givenNoPriorActivity()
                .when(new EnrolMember("org-demo", "m-1", "g-7", "cg-1", "Rahima Begum", day))
                .expectEvents(new MemberEnrolled("org-demo", "m-1", "g-7", "cg-1", "Rahima Begum", day));
    }
}
