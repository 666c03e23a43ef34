package org.kisti.loan.facts;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.kisti.events.EventCatalog;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;

/** Members' deposits, from the savings topic, for the savings requirement: her balance on a date is their sum. */
@Singleton
public class SavingsView implements InboxView {

    @Override
    public String topic() {
        return EventCatalog.SAVINGS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof SavingsDeposited deposited) {
            try (PreparedStatement insert = connection.prepareStatement("insert into member_saving (org_id,"
                    + " member_id, deposit_id, currency, amount, deposited_on, seen_event_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, deposited.orgId());
                insert.setString(2, deposited.memberId());
                insert.setString(3, deposited.depositId());
                insert.setString(4, deposited.amount().currency());
                insert.setBigDecimal(5, deposited.amount().amount());
                insert.setObject(6, deposited.depositedOn());
                insert.setString(7, event.eventId());
                insert.executeUpdate();
            }
        }
    }
}
