package org.kisti.savings.lien;

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
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.savings.lien.LienCommands.PlaceLien;
import org.kisti.savings.lien.LienCommands.ReleaseLien;
import org.kisti.savings.refund.Refunds;

/**
 * Liens follow loans, from the loans topic through the inbox (each fact applied once, in one transaction with the
 * commands it sends). A loan disbursed with a savings requirement holds that amount on her compulsory savings (her
 * oldest open compulsory account in the loan's currency; else her oldest open account in it; else nothing, recorded
 * as such); the loan's end (repaid, settled, written off) lets it go, and may complete her exit refund; a loan
 * reopened by a reversal is held for again. A loan's facts share its key, so they arrive
 * in order; the {@code savings_lien} row makes a redelivered or replayed fact change nothing.
 */
@Singleton
public class LienProcess implements InboxView {

    private final CommandGateway commands;
    private final Refunds refunds;

    public LienProcess(CommandGateway commands, Refunds refunds) {
        this.commands = commands;
        this.refunds = refunds;
    }

    @Override
    public String topic() {
        return EventCatalog.LOANS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof LoanDisbursed disbursed) {
            Money required = disbursed.origin() == null ? null : disbursed.origin().savingsRequired();
            if (required != null && required.isPositive()) {
                place(connection, disbursed, required, event.eventId());
            }
        } else if (event.data() instanceof LoanRepaid repaid) {
            ended(connection, repaid.orgId(), repaid.memberId(), repaid.loanId(), repaid.repaidOn(), "LoanRepaid",
                    event.eventId());
        } else if (event.data() instanceof LoanReopened reopened) {
            Refunds.lockMember(connection, reopened.orgId(), reopened.memberId());
            holdAgain(connection, reopened, event.eventId());
        } else if (event.data() instanceof LoanWrittenOff writtenOff) {
            // Written off, the loan holds nothing any more: her savings are hers, not the lost loan's.
            ended(connection, writtenOff.orgId(), writtenOff.memberId(), writtenOff.loanId(),
                    writtenOff.writtenOffOn(), "LoanWrittenOff", event.eventId());
        }
    }

    /** The loan's end lets its lien go, and may complete her exit refund. */
    private void ended(Connection connection, String orgId, String memberId, String loanId, LocalDate on,
            String reason, String eventId) throws SQLException {
        Refunds.lockMember(connection, orgId, memberId);
        release(connection, orgId, loanId, on, reason, eventId);
        refunds.refundIfFree(connection, orgId, memberId, on, eventId);
    }

    private void place(Connection connection, LoanDisbursed loan, Money required, String eventId) throws SQLException {
        String accountId = compulsoryAccount(connection, loan.orgId(), loan.memberId(), required.currency());
        int recorded = Sql.update(connection, "insert into savings_lien (org_id, loan_id, member_id, account_id,"
                + " amount, currency, placed_on, seen_event_id) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                loan.orgId(), loan.loanId(), loan.memberId(), accountId, required.amount(), required.currency(),
                accountId == null ? null : loan.disbursedOn(), eventId);
        if (recorded == 0 || accountId == null) {
            return;
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new PlaceLien(loan.orgId(), accountId,
                loan.loanId(), required, loan.disbursedOn())).andMetaData(Map.of("seen.loan", eventId)));
    }

    /**
     * A reversal reopened a loan whose lien had gone: her savings are held for it again, on the same account, if it is
     * still open (once refunded on her exit, there is nothing left to hold).
     */
    private void holdAgain(Connection connection, LoanReopened reopened, String eventId) throws SQLException {
        String accountId;
        Money amount;
        try (PreparedStatement query = Sql.prepared(connection, "select l.account_id, l.amount, l.currency from"
                + " savings_lien l join savings_account a on a.org_id = l.org_id and a.account_id = l.account_id"
                + " where l.org_id = ? and l.loan_id = ? and l.released_on is not null and a.closed_on is null",
                reopened.orgId(), reopened.loanId());
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return;
            }
            accountId = row.getString(1);
            amount = new Money(row.getBigDecimal(2), row.getString(3));
        }
        Sql.update(connection, "update savings_lien set released_on = null, placed_on = ?, seen_event_id = ? where"
                + " org_id = ? and loan_id = ?", reopened.reopenedOn(), eventId, reopened.orgId(), reopened.loanId());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new PlaceLien(reopened.orgId(), accountId,
                reopened.loanId(), amount, reopened.reopenedOn())).andMetaData(Map.of("seen.loan", eventId)));
    }

    private void release(Connection connection, String orgId, String loanId, LocalDate releasedOn,
            String reason, String eventId) throws SQLException {
        String accountId;
        try (PreparedStatement update = Sql.prepared(connection, "update savings_lien set released_on = ?,"
                + " seen_event_id = ? where org_id = ? and loan_id = ? and released_on is null returning account_id",
                releasedOn, eventId, orgId, loanId);
                ResultSet row = update.executeQuery()) {
            if (!row.next() || (accountId = row.getString(1)) == null) {
                return;
            }
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ReleaseLien(orgId, accountId, loanId,
                releasedOn, reason)).andMetaData(Map.of("seen.loan", eventId)));
    }

    private static String compulsoryAccount(Connection connection, String orgId, String memberId, String currency)
            throws SQLException {
        try (PreparedStatement query = Sql.prepared(connection, "select a.account_id from savings_account a left join"
                + " savings_product p on p.org_id = a.org_id and p.product_id = a.product_id where a.org_id = ? and"
                + " a.member_id = ? and a.currency = ? and a.closed_on is null order by case when p.kind ="
                + " 'COMPULSORY' then 0 else 1 end, a.opened_on, a.account_id limit 1", orgId, memberId, currency);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
