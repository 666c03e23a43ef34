package org.kisti.loan.facts;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.kisti.events.EventCatalog;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupOfficerAssigned;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;

/** Groups' branches and field officers by date, from the members topic, for the record a disbursement keeps. */
@Singleton
public class GroupsView implements InboxView {

    @Override
    public String topic() {
        return EventCatalog.MEMBERS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof GroupFormed formed) {
            try (PreparedStatement insert = connection.prepareStatement("insert into known_group (org_id, group_id,"
                    + " branch_id, seen_event_id) values (?, ?, ?, ?)")) {
                insert.setString(1, formed.orgId());
                insert.setString(2, formed.groupId());
                insert.setString(3, formed.branchId());
                insert.setString(4, event.eventId());
                insert.executeUpdate();
            }
            officer(connection, formed.orgId(), formed.groupId(), formed.officerId(), formed.formedOn(), event);
        } else if (event.data() instanceof GroupOfficerAssigned assigned) {
            officer(connection, assigned.orgId(), assigned.groupId(), assigned.officerId(), assigned.effectiveOn(),
                    event);
        }
    }

    private static void officer(Connection connection, String orgId, String groupId, String officerId, LocalDate from,
            InboxEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into group_officer (org_id, group_id,"
                + " officer_id, from_date, seen_event_id) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, orgId);
            insert.setString(2, groupId);
            insert.setString(3, officerId);
            insert.setObject(4, from);
            insert.setString(5, event.eventId());
            insert.executeUpdate();
        }
    }
}
