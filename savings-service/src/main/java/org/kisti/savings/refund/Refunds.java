package org.kisti.savings.refund;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.savings.product.SavingsProducts;
import org.kisti.savings.withdrawal.WithdrawalCommands.RefundOnExit;

/**
 * Her savings paid back as she leaves: once her exit was requested and no lien holds any of her accounts, each open
 * account is refunded in full with its interest to date and closed, dated the later of her exit date and the day the
 * last lien went. Two facts can make that moment (her exit request on the members topic, a loan's end on the loans
 * topic), read by two inbox consumers: each takes the member's lock first, so whichever commits second sees the
 * other's fact and refunds, exactly once.
 */
@Singleton
public class Refunds {

    private final CommandGateway commands;
    private final SavingsProducts products;

    public Refunds(CommandGateway commands, SavingsProducts products) {
        this.commands = commands;
        this.products = products;
    }

    /** Serialises everything that decides her refund, until the inbox's transaction ends. */
    public static void lockMember(Connection connection, String orgId, String memberId) throws SQLException {
        try (PreparedStatement lock = Sql.prepared(connection, "select pg_advisory_xact_lock(hashtext(?))",
                "savings-member/" + orgId + "/" + memberId)) {
            lock.execute();
        }
    }

    /** After {@link #lockMember}: refunds her now if she is leaving and nothing holds her savings. */
    public void refundIfFree(Connection connection, String orgId, String memberId, LocalDate freedOn, String cause)
            throws SQLException {
        LocalDate exitDate = exitDate(connection, orgId, memberId);
        if (exitDate == null || holdsRemain(connection, orgId, memberId)) {
            return;
        }
        LocalDate due = freedOn.isAfter(exitDate) ? freedOn : exitDate;
        for (String[] account : openAccounts(connection, orgId, memberId)) {
            String accountId = account[0];
            String productId = account[1];
            // An exit dated back before an account was opened is refunded on the opening day, never before it.
            LocalDate openedOn = LocalDate.parse(account[2]);
            LocalDate refundedOn = due.isBefore(openedOn) ? openedOn : due;
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RefundOnExit(orgId, accountId,
                    derivedId("refund", accountId), derivedId("refund-interest", accountId), refundedOn, true,
                    productId == null ? List.of() : products.versions(orgId, productId)))
                    .andMetaData(Map.of("seen.refund", cause)));
        }
    }

    /** Ids a replay of the same facts gives again: one refund per account, ever. */
    private static String derivedId(String what, String accountId) {
        return UUID.nameUUIDFromBytes((what + "\n" + accountId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static LocalDate exitDate(Connection connection, String orgId, String memberId) throws SQLException {
        try (PreparedStatement query = Sql.prepared(connection, "select exit_date from leaving_member where org_id = ?"
                + " and member_id = ?", orgId, memberId);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getObject(1, LocalDate.class) : null;
        }
    }

    private static boolean holdsRemain(Connection connection, String orgId, String memberId) throws SQLException {
        try (PreparedStatement query = Sql.prepared(connection, "select 1 from savings_lien where org_id = ? and"
                + " member_id = ? and account_id is not null and released_on is null", orgId, memberId);
                ResultSet row = query.executeQuery()) {
            return row.next();
        }
    }

    private static List<String[]> openAccounts(Connection connection, String orgId, String memberId)
            throws SQLException {
        List<String[]> accounts = new ArrayList<>();
        try (PreparedStatement query = Sql.prepared(connection, "select account_id, product_id, opened_on from"
                + " savings_account where org_id = ? and member_id = ? and closed_on is null order by opened_on,"
                + " account_id", orgId, memberId);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                accounts.add(new String[] {rows.getString(1), rows.getString(2),
                        rows.getObject(3, LocalDate.class).toString()});
            }
        }
        return accounts;
    }
}
