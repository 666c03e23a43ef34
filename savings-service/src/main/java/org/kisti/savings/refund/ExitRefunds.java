package org.kisti.savings.refund;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import org.kisti.events.EventCatalog;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;
import org.kisti.eventsourcing.jdbc.Sql;

/**
 * Her exit request, from the members topic: remembered with the day she left, and her savings refunded at once if
 * no lien holds them (else when the last one goes, {@link org.kisti.savings.lien.LienProcess}).
 */
@Singleton
public class ExitRefunds implements InboxView {

    private final Refunds refunds;

    public ExitRefunds(Refunds refunds) {
        this.refunds = refunds;
    }

    @Override
    public String topic() {
        return EventCatalog.MEMBERS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof MemberExitRequested requested) {
            Refunds.lockMember(connection, requested.orgId(), requested.memberId());
            Sql.update(connection, "insert into leaving_member (org_id, member_id, exit_date, seen_event_id) values"
                    + " (?, ?, ?, ?) on conflict do nothing", requested.orgId(), requested.memberId(),
                    requested.exitDate(), event.eventId());
            refunds.refundIfFree(connection, requested.orgId(), requested.memberId(), requested.exitDate(),
                    event.eventId());
        }
    }
}
