package org.kisti.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;
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
                    new MemberEnrolled(orgId, memberId, "g-7", null, "Rahima Begum", ENROLLED_ON), 0);
        }
        return memberId;
    }

    /**
     * Publishes her enrolment and waits until the service under test knows her ({@code known} asks its members view),
     * as a client would retry inside the moment after an enrolment.
     */
    public static String enrolledAndKnown(String orgId, Predicate<String> known) {
        String memberId = enrolled(orgId);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!known.test(memberId)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not learn of " + memberId + " within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return memberId;
    }
}
