package org.kisti.loan.collection;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.kisti.events.collection.CollectionLineHeld;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.platform.problem.ProblemException;

/**
 * Keeps {@code collection_sheet} and {@code held_cash} with the sheets' events, in the transaction that appends them
 * (a subscribing processor whose failures fail the command): which sheets a group's meeting has (one primary, the
 * rest supplementary: the unique index settles two devices racing), the money staff still have to resolve, and the
 * payments made under the sheets' line ids.
 */
@Singleton
@ProcessingGroup(SheetRegister.GROUP)
public class SheetRegister {

    public static final String GROUP = "collection-sheets";
    /** {@code <sheet UUID>:<line>}, or a resolution's {@code :r<k>} after it; a payment made over REST is a UUID. */
    private static final Pattern SHEET_MOVEMENT = Pattern.compile(SheetRequests.UUID + ":[0-9]{1,3}(:r[0-9]{1,3})?");

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

    /** A payment under a sheet line's id (or a resolution's), kept with the event that records it. */
    @EventHandler
    void on(InstallmentPaid paid, @MessageIdentifier String eventId) throws SQLException {
        if (SHEET_MOVEMENT.matcher(paid.paymentId()).matches()) {
            try (Connection connection = dataSource.getConnection()) {
                Sql.update(connection, "insert into collection_movement (org_id, movement_id, aggregate_id, event_id)"
                        + " values (?, ?, ?, ?)", paid.orgId(), paid.paymentId(), paid.loanId(), eventId);
            }
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
