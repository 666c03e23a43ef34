package org.kisti.savings.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.EventFixtures;
import org.kisti.events.KistiEvent;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTransferred;
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

    @Test
    void aPublishedVersion1EnrolmentMakesHerAKnownActiveMemberToo() {
        String member = "m-" + UUID.randomUUID();
        send(MemberEnrolled.class, 1, "org.kisti.members.MemberEnrolled.v1", member, 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> members.find("org-demo", member).isPresent());
        assertThat(members.find("org-demo", member).orElseThrow().isActive()).isTrue();
    }

    @Test
    void thePublishedTransferFixtureMovesHerToHerNewGroup() {
        String member = "m-" + UUID.randomUUID();
        send(MemberEnrolled.class, 2, EventCatalog.ceType(MemberEnrolled.class), member, 0);
        send(MemberTransferred.class, 1, EventCatalog.ceType(MemberTransferred.class), member, 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> members.find("org-demo", member)
                .map(known -> known.groupId().equals("g-8")).orElse(false));
    }

    @Test
    void thePublishedExitFixturesMakeHerLeavingThenExitedAndNoLongerActive() {
        String member = "m-" + UUID.randomUUID();
        send(MemberEnrolled.class, 2, EventCatalog.ceType(MemberEnrolled.class), member, 0);
        send(MemberExitRequested.class, 1, EventCatalog.ceType(MemberExitRequested.class), member, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> members.find("org-demo", member)
                .map(known -> known.status().equals(MembersView.LEAVING)).orElse(false));
        assertThat(members.find("org-demo", member).orElseThrow().isActive()).isFalse();

        send(MemberExited.class, 1, EventCatalog.ceType(MemberExited.class), member, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> members.find("org-demo", member)
                .map(known -> known.status().equals(MembersView.EXITED)).orElse(false));
    }

    /** A published fixture, as member-service would publish it, about another member than the fixture's m-1. */
    private static void send(Class<? extends KistiEvent> type, int version, String ceType, String member,
            long sequence) {
        byte[] json = new String(EventFixtures.json(type, version), StandardCharsets.UTF_8)
                .replace("\"m-1\"", "\"" + member + "\"").getBytes(StandardCharsets.UTF_8);
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.send(EventCatalog.MEMBERS_TOPIC, ceType, member, "org-demo", sequence, "2026-01-05", json,
                    UUID.randomUUID().toString());
        }
    }
}
