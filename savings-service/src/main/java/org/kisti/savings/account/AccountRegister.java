package org.kisti.savings.account;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.eventsourcing.jdbc.Sql;

/**
 * Keeps {@code savings_account} and {@code savings_product} in step with this service's own facts, in a subscribing
 * processor: in the transaction that appends the event, so a failure here rolls the event back and the tables never
 * disagree with the store.
 */
@Singleton
@ProcessingGroup(AccountRegister.GROUP)
public class AccountRegister {

    public static final String GROUP = "savings-register";

    private final DataSource dataSource;

    public AccountRegister(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventHandler
    void on(SavingsAccountOpened event) throws SQLException {
        update("insert into savings_account (org_id, account_id, member_id, group_id, currency, product_id, opened_on)"
                + " values (?, ?, ?, ?, ?, ?, ?)", event.orgId(), event.accountId(), event.memberId(), event.groupId(),
                event.currency(), event.productId(), event.openedOn());
    }

    @EventHandler
    void on(SavingsAccountClosed event) throws SQLException {
        update("update savings_account set closed_on = ? where org_id = ? and account_id = ?", event.closedOn(),
                event.orgId(), event.accountId());
    }

    @EventHandler
    void on(SavingsProductVersioned event) throws SQLException {
        update("insert into savings_product (org_id, product_id, kind) values (?, ?, ?) on conflict (org_id,"
                + " product_id) do update set kind = excluded.kind", event.orgId(), event.productId(),
                event.kind().name());
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Sql.update(connection, sql, parameters);
        }
    }
}
