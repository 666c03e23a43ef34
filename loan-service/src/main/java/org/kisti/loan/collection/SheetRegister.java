package org.kisti.loan.collection;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.kisti.events.collection.CollectionLineHeld;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.platform.problem.ProblemException;

/**
 * Keeps {@code collection_sheet} and {@code held_cash} with the sheets' events, in the transaction that appends them
 * (a subscribing processor whose failures fail the command): which sheets a group's meeting has (one primary, the
 * rest supplementary: the unique index settles two devices racing), and the money staff still have to resolve.
 */
@Singleton
@ProcessingGroup(SheetRegister.GROUP)
public class SheetRegister {

    public static final String GROUP = "collection-sheets";

    private final DataSource dataSource;

    public SheetRegister(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventHandler
    void on(CollectionSheetPosted sheet) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Sql.update(connection, "insert into collection_sheet (org_id, sheet_id, group_id, meeting_date,"
                    + " supplementary) values (?, ?, ?, ?, ?)", sheet.orgId(), sheet.sheetId(), sheet.groupId(),
                    sheet.meetingDate(), sheet.supplementary());
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw ProblemException.conflict("supplementary", "group " + sheet.groupId() + " already has a sheet"
                        + " for " + sheet.meetingDate() + "; post another only as supplementary: true");
            }
            throw e;
        }
    }

    @EventHandler
    void on(CollectionLineHeld held) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Sql.update(connection, "insert into held_cash (org_id, sheet_id, line, member_id, group_id, amount,"
                    + " currency, reason, held_on) select ?, ?, ?, ?, s.group_id, ?, ?, ?, ? from collection_sheet s"
                    + " where s.org_id = ? and s.sheet_id = ?", held.orgId(), held.sheetId(), held.line(),
                    held.memberId(), held.amount().amount(), held.amount().currency(), held.reason(), held.heldOn(),
                    held.orgId(), held.sheetId());
        }
    }

    @EventHandler
    void on(HeldCashResolved resolved) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Sql.update(connection, "delete from held_cash where org_id = ? and sheet_id = ? and line = ?",
                    resolved.orgId(), resolved.sheetId(), resolved.line());
        }
    }
}
