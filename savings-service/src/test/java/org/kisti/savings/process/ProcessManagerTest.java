package org.kisti.savings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.history.RecordedEvent;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;

/**
 * The process machinery on the real members topic and the real event store: a fact's process step (its state, its
 * command's events, the fact marked handled) commits once, and a redelivered fact repeats nothing.
 */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
@TestProfile(ProcessManagerTest.WatchingOneOrganisation.class)
class ProcessManagerTest {

    private static final String ORG = "org-welcome";

    public static class WatchingOneOrganisation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kisti.test.welcome-org", ORG);
        }
    }

    @Inject
    EventHistory history;

    @Inject
    DataSource dataSource;

    @Test
    void anEnrolmentRunsTheProcessOnceEvenWhenItsRecordIsDeliveredTwice() throws SQLException {
        String memberId = "m-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        MemberEnrolled enrolled = new MemberEnrolled(ORG, memberId, "g-1", null, "Amena Khatun", LocalDate.of(2026, 1, 5));
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.MEMBERS_TOPIC, enrolled, 0, eventId);
            publisher.publish(EventCatalog.MEMBERS_TOPIC, enrolled, 0, eventId);
            // A record after both on her partition, of a type no build knows: once it is parked, both were handled.
            publisher.send(EventCatalog.MEMBERS_TOPIC, "org.kisti.members.Marker.v1", memberId, ORG, 1, "2026-01-05",
                    new byte[] {'{', '}'});
        }
        String account = WelcomeAccountProcess.accountOf(ORG, memberId);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from parked_record where subject = ?", memberId) == 1);
        assertThat(count("select count(*) from inbox_handled where event_id = ?", eventId)).isEqualTo(1);
        List<RecordedEvent> opened = history.of(ORG, account, "savings account");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).seen()).containsEntry("seen.process",
                "welcome-account " + memberId + " on " + eventId);
        assertThat(count("select count(*) from process_state where instance = ? and ended", memberId)).isEqualTo(1);
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
}
