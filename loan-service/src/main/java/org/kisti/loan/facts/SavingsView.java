package org.kisti.loan.facts;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.kisti.events.EventCatalog;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;

/**
 * Members' deposits, withdrawals and interest, from the savings topic: her balance on a date is their signed sum, and
 * an account's (for the collection sheet) the sum of its own rows. Each row keeps the movement's id, so a sheet's
 * savings line reads as applied once savings-service has moved it.
 */
@Singleton
public class SavingsView implements InboxView {

    @Override
    public String topic() {
        return EventCatalog.SAVINGS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof SavingsDeposited deposited && deposited.memberId() != null) {
            movement(connection, event, deposited.orgId(), deposited.memberId(), deposited.accountId(),
                    deposited.depositId(), deposited.amount(), deposited.depositedOn());
        } else if (event.data() instanceof SavingsWithdrawn withdrawn && withdrawn.memberId() != null) {
            // A withdrawal counts against her savings from its own date: a negative movement.
            movement(connection, event, withdrawn.orgId(), withdrawn.memberId(), withdrawn.accountId(),
                    withdrawn.withdrawalId(),
                    new Money(withdrawn.amount().amount().negate(), withdrawn.amount().currency()),
                    withdrawn.withdrawnOn());
        } else if (event.data() instanceof SavingsInterestPosted posted && posted.memberId() != null) {
            // Interest is her savings too, from the period end it is dated.
            movement(connection, event, posted.orgId(), posted.memberId(), posted.accountId(), posted.postingId(),
                    posted.total(), posted.periodEnd());
        }
        // A group's fund (no member) is the group's savings, not any one member's.
    }

    private static void movement(Connection connection, InboxEvent event, String orgId, String memberId,
            String accountId, String id, Money amount, LocalDate on) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into member_saving (org_id,"
                + " member_id, deposit_id, currency, amount, deposited_on, seen_event_id, account_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, orgId);
            insert.setString(2, memberId);
            insert.setString(3, id);
            insert.setString(4, amount.currency());
            insert.setBigDecimal(5, amount.amount());
            insert.setObject(6, on);
            insert.setString(7, event.eventId());
            insert.setString(8, accountId);
            insert.executeUpdate();
        }
    }
}
