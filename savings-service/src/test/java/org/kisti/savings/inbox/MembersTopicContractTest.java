package org.kisti.savings.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.EventFixtures;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;

/**
 * The consumer side of the members topic's contract: member-service's published fixture, read through the real inbox
 * into the members view. Each new type on the members topic gets its case here.
 */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class MembersTopicContractTest {

    @Inject
    MembersView members;

    @Test
    void thePublishedMemberEnrolledFixtureMakesHerAKnownActiveMember() {
        MemberEnrolled fixture = EventFixtures.example(MemberEnrolled.class);
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.send(EventCatalog.MEMBERS_TOPIC, EventCatalog.ceType(MemberEnrolled.class), fixture.memberId(),
                    fixture.orgId(), 0, fixture.enrolledOn().toString(), EventFixtures.json(MemberEnrolled.class),
                    UUID.randomUUID().toString());
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> members.find(fixture.orgId(), fixture.memberId()).isPresent());
        MembersView.KnownMember known = members.find(fixture.orgId(), fixture.memberId()).orElseThrow();
        assertThat(known.groupId()).isEqualTo(fixture.groupId());
        assertThat(known.enrolledOn()).isEqualTo(fixture.enrolledOn());
        assertThat(known.isActive()).isTrue();
    }
}
