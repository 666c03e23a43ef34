package org.kisti.loan.facts;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import org.kisti.events.EventCatalog;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.member.PersonalDataErased;
import org.kisti.events.organisation.CohesionGroupFormed;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;
import org.kisti.eventsourcing.jdbc.Sql;

/**
 * Each member's cohesion group and the name she is called by, and each cohesion group's name, from the members topic:
 * the collection sheet seats members by cohesion group, as they sit at the meeting, and names them as the officer
 * calls them. The name is erased with her personal data.
 */
@Singleton
public class CohesionView implements InboxView {

    private static final String SEAT = "update member_cohesion set cohesion_group_id = ?, seen_event_id = ?"
            + " where org_id = ? and member_id = ?";

    @Override
    public String topic() {
        return EventCatalog.MEMBERS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof MemberEnrolled enrolled) {
            Sql.update(connection, "insert into member_cohesion (org_id, member_id, cohesion_group_id, name,"
                    + " seen_event_id) values (?, ?, ?, ?, ?) on conflict do nothing", enrolled.orgId(),
                    enrolled.memberId(), enrolled.cohesionGroupId(), enrolled.name(), event.eventId());
        } else if (event.data() instanceof MemberTransferred transferred) {
            Sql.update(connection, SEAT, transferred.cohesionGroupId(), event.eventId(), transferred.orgId(),
                    transferred.memberId());
        } else if (event.data() instanceof PersonalDataErased erased) {
            // Her name goes with the rest of her personal data (ADR 0008); the sheet shows her id.
            Sql.update(connection, "update member_cohesion set name = null, seen_event_id = ? where org_id = ? and"
                    + " member_id = ?", event.eventId(), erased.orgId(), erased.memberId());
        } else if (event.data() instanceof CohesionGroupFormed formed) {
            Sql.update(connection, "insert into cohesion_group (org_id, group_id, cohesion_group_id, name,"
                    + " seen_event_id) values (?, ?, ?, ?, ?) on conflict do nothing", formed.orgId(),
                    formed.groupId(), formed.cohesionGroupId(), formed.name(), event.eventId());
        }
    }
}
