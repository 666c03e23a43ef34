package org.kisti.savings.collection;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.events.EventCatalog;
import org.kisti.events.Money;
import org.kisti.events.collection.CollectionEvent;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.events.collection.HeldCashResolved.Resolution;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.savings.product.SavingsProducts;

/**
 * A posted sheet's deposits and withdrawals, and held money staff sent to savings, move here, from the loans topic
 * through the inbox: each fact is handled once (its id recorded in the inbox's one transaction with the events its
 * commands append), so a redelivery after a crash moves nothing twice, and each movement carries the sheet's line id.
 * Lines of one sheet apply in line order; a sheet's facts share its key, so a resolution never overtakes its sheet.
 */
@Singleton
public class CollectionLines implements InboxView {

    private final CommandGateway commands;
    private final SavingsProducts products;

    public CollectionLines(CommandGateway commands, SavingsProducts products) {
        this.commands = commands;
        this.products = products;
    }

    @Override
    public String topic() {
        return EventCatalog.LOANS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof CollectionSheetPosted sheet) {
            for (CollectionSheetPosted.Line line : sheet.lines()) {
                if (line.kind() != LineKind.LOAN_REPAYMENT) {
                    move(connection, sheet.orgId(), line.accountId(), sheet.sheetId(), line.line(),
                            CollectionEvent.lineId(sheet.sheetId(), line.line()),
                            line.kind() == LineKind.SAVINGS_WITHDRAWAL, line.amount(), sheet.meetingDate(),
                            event.eventId());
                }
            }
        } else if (event.data() instanceof HeldCashResolved resolved
                && (resolved.resolution() == Resolution.DEPOSITED_TO_SAVINGS
                        || resolved.resolution() == Resolution.WITHDRAWN_FROM_SAVINGS)) {
            move(connection, resolved.orgId(), resolved.targetId(), resolved.sheetId(), resolved.line(),
                    resolved.movementId(), resolved.resolution() == Resolution.WITHDRAWN_FROM_SAVINGS,
                    resolved.amount(), resolved.resolvedOn(), event.eventId());
        }
    }

    private void move(Connection connection, String orgId, String accountId, String sheetId, int line,
            String movementId, boolean withdrawal, Money amount, LocalDate on, String eventId) throws SQLException {
        SavingsProductVersioned product = withdrawal
                ? products.inForceOn(orgId, productOf(connection, orgId, accountId), on).orElse(null) : null;
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CollectionLineRules.ApplyCollectionLine(orgId,
                accountId, sheetId, line, movementId, withdrawal, amount, on, product))
                .andMetaData(Map.of("seen.sheet", "collection sheet " + sheetId + " line " + line + " (" + eventId
                        + ")")));
    }

    private static String productOf(Connection connection, String orgId, String accountId) throws SQLException {
        try (PreparedStatement query = Sql.prepared(connection, "select product_id from savings_account where"
                + " org_id = ? and account_id = ?", orgId, accountId);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
