package org.kisti.loan.collection;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.eventsourcing.jdbc.Sql;

/** Reads what {@link SheetRegister} keeps: which sheets exist, and the held cash staff have still to resolve. */
@ApplicationScoped
public class SheetBook {

    @Schema(name = "HeldCash", description = "Money a sheet holds for a member until staff resolve it")
    public record HeldItem(String sheetId, int line, String memberId, String groupId, BigDecimal amount,
            String currency, String reason, LocalDate heldOn) {}

    private final DataSource dataSource;

    public SheetBook(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The organisation a sheet id was posted in, if any (ids are global: another tenant's is taken, not shown). */
    public String ownerOf(String sheetId) {
        List<String> owners = strings("select org_id from collection_sheet where sheet_id = ?", sheetId);
        return owners.isEmpty() ? null : owners.get(0);
    }

    /** The group's primary sheet for the meeting, if one was posted. */
    public Optional<String> primaryOf(String orgId, String groupId, LocalDate meetingDate) {
        return strings("select sheet_id from collection_sheet where org_id = ? and group_id = ? and meeting_date = ?"
                + " and not supplementary", orgId, groupId, meetingDate).stream().findFirst();
    }

    /** Held cash of the organisation, or of one group, oldest first; at most {@code limit} items. */
    public List<HeldItem> held(String orgId, String groupId, int limit) {
        List<HeldItem> items = new ArrayList<>();
        String sql = "select sheet_id, line, member_id, group_id, amount, currency, reason, held_on from held_cash"
                + " where org_id = ?" + (groupId == null ? " and ?::text is null" : " and group_id = ?")
                + " order by held_on, sheet_id, line limit ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = Sql.prepared(connection, sql, orgId, groupId, limit);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                items.add(new HeldItem(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                        rows.getBigDecimal(5), rows.getString(6).trim(), rows.getString(7),
                        rows.getObject(8, LocalDate.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read held cash", e);
        }
        return items;
    }

    private List<String> strings(String sql, Object... parameters) {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = Sql.prepared(connection, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read collection sheets", e);
        }
        return values;
    }
}
