package org.kisti.eventsourcing.views;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.kisti.events.EventCatalog;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTransferred;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;
import org.kisti.platform.problem.ProblemException;

/**
 * The members of each organisation as a write service knows them from {@code kisti.members.v1}, in its own table
 * {@code known_member} (migration {@code db/views}). A service that needs it declares it with one producer and adds
 * {@code db/views} to its Flyway locations. Each row names the event it reflects, so a decision can say what it saw.
 */
public class MembersView implements InboxView {

    public static final String ACTIVE = "ACTIVE";
    public static final String LEAVING = "LEAVING";
    public static final String EXITED = "EXITED";

    private final DataSource dataSource;

    public MembersView(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A member as this service last heard of her, and the event it heard it from. */
    public record KnownMember(
            String orgId, String memberId, String groupId, LocalDate enrolledOn, String status, String seenEventId,
            Instant seenAt) {

        public boolean isActive() {
            return ACTIVE.equals(status);
        }
    }

    @Override
    public String topic() {
        return EventCatalog.MEMBERS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof MemberTransferred transferred) {
            update(connection, "update known_member set group_id = ?, seen_event_id = ?, seen_at = ?"
                    + " where org_id = ? and member_id = ?", transferred.toGroupId(), event, transferred.orgId(),
                    transferred.memberId());
        } else if (event.data() instanceof MemberExitRequested leaving) {
            // No new account or loan for a member who is leaving: the exit waits for her to have none open.
            update(connection, "update known_member set status = ?, seen_event_id = ?, seen_at = ?"
                    + " where org_id = ? and member_id = ?", LEAVING, event, leaving.orgId(), leaving.memberId());
        } else if (event.data() instanceof MemberExited exited) {
            update(connection, "update known_member set status = ?, seen_event_id = ?, seen_at = ?"
                    + " where org_id = ? and member_id = ?", EXITED, event, exited.orgId(), exited.memberId());
        }
        if (event.data() instanceof MemberEnrolled enrolled) {
            String sql = """
                    insert into known_member (org_id, member_id, group_id, enrolled_on, status, seen_event_id, seen_at)
                    values (?, ?, ?, ?, ?, ?, ?)""";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, enrolled.orgId());
                insert.setString(2, enrolled.memberId());
                insert.setString(3, enrolled.groupId());
                insert.setObject(4, enrolled.enrolledOn());
                insert.setString(5, ACTIVE);
                insert.setString(6, event.eventId());
                insert.setTimestamp(7, Timestamp.from(event.recordedAt()));
                insert.executeUpdate();
            }
        }
    }

    private static void update(Connection connection, String sql, String value, InboxEvent event, String orgId,
            String memberId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, value);
            update.setString(2, event.eventId());
            update.setTimestamp(3, Timestamp.from(event.recordedAt()));
            update.setString(4, orgId);
            update.setString(5, memberId);
            update.executeUpdate();
        }
    }

    /**
     * The member a new account or loan may be for: known to this service in this organisation and not gone. Inside the
     * moment after an enrolment before her {@code MemberEnrolled} reaches this service, she is not known yet: the
     * client hears so and retries.
     */
    public KnownMember requireActive(String orgId, String memberId) {
        KnownMember member = find(orgId, memberId).orElseThrow(() -> ProblemException.ruleBroken("memberId",
                "is not a member of this organisation known to this service; a new enrolment reaches it within"
                        + " seconds, so retry shortly if she was just enrolled"));
        if (!member.isActive()) {
            throw ProblemException.ruleBroken("memberId", "is no longer an active member (" + member.status() + ")");
        }
        return member;
    }

    /** What a decision saw of her, recorded with the events it caused (metadata {@code seen.member}). */
    public static Map<String, String> seen(KnownMember member) {
        return Map.of("seen.member", member.seenEventId() + " at " + member.seenAt());
    }

    /** The member of this organisation, if this service has heard of her; another organisation's is not found. */
    public Optional<KnownMember> find(String orgId, String memberId) {
        String sql = """
                select group_id, enrolled_on, status, seen_event_id, seen_at from known_member
                where org_id = ? and member_id = ?""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, orgId);
            select.setString(2, memberId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new KnownMember(orgId, memberId, row.getString(1),
                        row.getObject(2, LocalDate.class), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read known_member", e);
        }
    }
}
