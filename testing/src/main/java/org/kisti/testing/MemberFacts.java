package org.kisti.testing;

import java.time.LocalDate;
import java.util.UUID;
import org.kisti.events.EventCatalog;
import org.kisti.events.member.MemberEnrolled;

/**
 * An object mother for members as other services learn of them: a {@code MemberEnrolled} published on the members
 * topic exactly as member-service's relay would, so a savings or loan test has a real member without running
 * member-service.
 */
public final class MemberFacts {

    public static final LocalDate ENROLLED_ON = LocalDate.of(2026, 1, 5);

    private MemberFacts() {}

    /** Publishes the enrolment of a new member of the organisation and returns her id. */
    public static String enrolled(String orgId) {
        String memberId = "m-" + UUID.randomUUID();
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.MEMBERS_TOPIC,
                    new MemberEnrolled(orgId, memberId, "g-7", "Rahima Begum", ENROLLED_ON), 0);
        }
        return memberId;
    }
}
