package org.kisti.savings.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.kisti.events.EventCatalog.MEMBERS_TOPIC;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kisti.events.KistiEvent;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.platform.parking.EventTypes;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** savings-service's inbox on the real members topic: exactly-once effect, parking, the operator's replay. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class InboxTest {

    private static final String ORG = "org-khulna";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A type this build does not know: what a newer member-service could publish before this one is upgraded. */
    private static final String NEWER_TYPE = "org.kisti.members.MemberEnrolled.v99";
    private static CloudEventPublisher publisher;

    @Inject
    MembersView members;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        publisher = new CloudEventPublisher();
    }

    @AfterAll
    static void disconnect() {
        publisher.close();
    }

    @Test
    void aRedeliveredEnrolmentIsHandledOnceAndParksNothing() throws SQLException {
        String memberId = "m-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        MemberEnrolled enrolled = new MemberEnrolled(ORG, memberId, "g-1", null, "Rahima Begum", LocalDate.of(2026, 1, 5));
        publisher.publish(MEMBERS_TOPIC, enrolled, 0, eventId);
        publisher.publish(MEMBERS_TOPIC, enrolled, 0, eventId);
        // A record after both on her partition: once it is parked, both deliveries have been handled.
        publisher.send(MEMBERS_TOPIC, NEWER_TYPE, memberId, ORG, 1, "2026-01-05", publisher.json(enrolled));

        await().atMost(PATIENCE).until(() -> count("select count(*) from parked_record where subject = ?", memberId) == 1);
        assertThat(members.find(ORG, memberId)).get().extracting(MembersView.KnownMember::seenEventId).isEqualTo(eventId);
        assertThat(count("select count(*) from inbox_handled where event_id = ?", eventId)).isEqualTo(1);
        assertThat(count("select count(*) from parked_record where event_id = ?", eventId)).isZero();
    }

    @Test
    void aRecordOfAnUnknownTypeIsParkedAndHerLaterEventsWaitWhileOtherMembersApply() throws SQLException {
        String waiting = "m-" + UUID.randomUUID();
        String other = "m-" + UUID.randomUUID();
        long parkedBefore = count("select count(*) from parked_record where replayed_at is null");
        publisher.send(MEMBERS_TOPIC, NEWER_TYPE, waiting, ORG, 0, "2026-01-05",
                publisher.json(enrolment(waiting)));
        publisher.publish(MEMBERS_TOPIC, enrolment(waiting), 1);
        publisher.publish(MEMBERS_TOPIC, enrolment(other), 0);

        await().atMost(PATIENCE).until(() -> members.find(ORG, other).isPresent()
                && count("select count(*) from parked_record where subject = ?", waiting) == 2);
        assertThat(members.find(ORG, waiting)).isEmpty();
        assertThat(count("select count(*) from parked_record where subject = ? and replayed_at is null", waiting))
                .isEqualTo(2);
        assertThat(count("select count(*) from parked_record where replayed_at is null")).isEqualTo(parkedBefore + 2);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'inbox' }.data.parkedRecords", greaterThanOrEqualTo(2));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("kisti_parked_records"));
    }

    @Test
    void afterAnUpgradeTheOperatorsReplayAppliesHerParkedEventsInOrder() throws SQLException {
        String memberId = "m-" + UUID.randomUUID();
        publisher.send(MEMBERS_TOPIC, NEWER_TYPE, memberId, ORG, 0, "2026-01-05", publisher.json(enrolment(memberId)));
        await().atMost(PATIENCE).until(() ->
                count("select count(*) from parked_record where subject = ? and replayed_at is null", memberId) == 1);

        QuarkusMock.installMockForType(new EventTypes() {
            @Override
            public Optional<Class<? extends KistiEvent>> byCeType(String ceType) {
                return NEWER_TYPE.equals(ceType) ? Optional.of(MemberEnrolled.class) : super.byCeType(ceType);
            }
        }, EventTypes.class);
        given().auth().oauth2(TestTokens.mint("ops", List.of("admin"), List.of(ORG)))
                .when().post("/v1/admin/parked-records/replay")
                .then().statusCode(200).body("applied", greaterThanOrEqualTo(1));

        assertThat(members.find(ORG, memberId)).isPresent();
        assertThat(count("select count(*) from parked_record where subject = ? and replayed_at is null", memberId))
                .isZero();
    }

    private static MemberEnrolled enrolment(String memberId) {
        return new MemberEnrolled(ORG, memberId, "g-1", null, "Amena Khatun", LocalDate.of(2026, 1, 5));
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
