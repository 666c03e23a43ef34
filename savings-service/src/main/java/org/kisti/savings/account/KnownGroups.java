package org.kisti.savings.account;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.kisti.events.EventCatalog;
import org.kisti.events.organisation.GroupClosed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.platform.problem.ProblemException;

/**
 * The organisation's groups as the members topic says, so a group's fund is opened only for a real group, formed and
 * not closed on the opening date. The moment after a group is formed, before this inbox applied it, the answer is
 * the same 422 as for an unknown member: retry shortly.
 */
@Singleton
public class KnownGroups implements InboxView {

    private final DataSource dataSource;

    public KnownGroups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String topic() {
        return EventCatalog.MEMBERS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof GroupFormed formed) {
            Sql.update(connection, "insert into known_group (org_id, group_id, formed_on, seen_event_id) values"
                    + " (?, ?, ?, ?) on conflict do nothing", formed.orgId(), formed.groupId(), formed.formedOn(),
                    event.eventId());
        } else if (event.data() instanceof GroupClosed closed) {
            Sql.update(connection, "update known_group set closed_on = ?, seen_event_id = ? where org_id = ? and"
                    + " group_id = ?", closed.closedOn(), event.eventId(), closed.orgId(), closed.groupId());
        }
    }

    /** 422 naming {@code groupId} unless the group was formed on or before {@code day} and not closed by then. */
    public void requireOpen(String orgId, String groupId, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = Sql.prepared(connection, "select formed_on, closed_on from known_group"
                        + " where org_id = ? and group_id = ?", orgId, groupId);
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw ProblemException.ruleBroken("groupId", "is not a group of this organisation known to this"
                        + " service; a group formed a moment ago is known within seconds, retry shortly");
            }
            LocalDate formedOn = row.getObject("formed_on", LocalDate.class);
            LocalDate closedOn = row.getObject("closed_on", LocalDate.class);
            if (day.isBefore(formedOn) || (closedOn != null && !day.isBefore(closedOn))) {
                throw ProblemException.ruleBroken("groupId", "was not an open group on " + day + " (formed "
                        + formedOn + (closedOn == null ? "" : ", closed " + closedOn) + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the known groups", e);
        }
    }
}
