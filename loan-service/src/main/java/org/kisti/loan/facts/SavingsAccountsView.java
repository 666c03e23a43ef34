package org.kisti.loan.facts;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import org.kisti.events.EventCatalog;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;
import org.kisti.eventsourcing.jdbc.Sql;

/**
 * Members' savings accounts (whose, which product, open or closed) and each product's minimum deposit by date, from
 * the savings topic: the collection sheet lists a member's accounts with the deposit due, and a posted sheet's
 * savings lines must name her own accounts. A product version applies from its date, never before.
 */
@Singleton
public class SavingsAccountsView implements InboxView {

    @Override
    public String topic() {
        return EventCatalog.SAVINGS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof SavingsAccountOpened opened) {
            Sql.update(connection, "insert into known_savings_account (org_id, account_id, member_id, currency,"
                    + " product_id, opened_on, seen_event_id) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                    opened.orgId(), opened.accountId(), opened.memberId(), opened.currency(), opened.productId(),
                    opened.openedOn(), event.eventId());
        } else if (event.data() instanceof SavingsAccountClosed closed) {
            Sql.update(connection, "update known_savings_account set closed_on = ?, seen_event_id = ? where"
                    + " org_id = ? and account_id = ?", closed.closedOn(), event.eventId(), closed.orgId(),
                    closed.accountId());
        } else if (event.data() instanceof SavingsProductVersioned version) {
            Sql.update(connection, "insert into savings_minimum_deposit (org_id, product_id, effective_from,"
                    + " minimum_deposit, seen_event_id) values (?, ?, ?, ?, ?) on conflict (org_id, product_id,"
                    + " effective_from) do update set minimum_deposit = excluded.minimum_deposit, seen_event_id ="
                    + " excluded.seen_event_id", version.orgId(), version.productId(), version.effectiveFrom(),
                    version.minimumDeposit(), event.eventId());
        }
    }
}
