package org.kisti.loan.collection;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kisti.events.EventCatalog;
import org.kisti.events.collection.CollectionEvent;
import org.kisti.events.collection.CollectionLineHeld;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.platform.problem.ProblemException;

/**
 * Reads a sheet's outcome from the facts: the sheet's own events, its loans' payments under the lines' ids (kept with
 * their events by {@link SheetRegister} in the transaction that records them), and the savings movements under them
 * as this service heard of them from the savings topic.
 */
@ApplicationScoped
public class SheetOutcomes {

    private static final BigDecimal NONE = new BigDecimal("0.00");


    private final EventHistory history;
    private final DataSource dataSource;

    public SheetOutcomes(EventHistory history, DataSource dataSource) {
        this.history = history;
        this.dataSource = dataSource;
    }

    /** The sheet's facts, in order; 404 when the id names no sheet of this organisation. */
    public List<CollectionEvent> facts(String orgId, String sheetId) {
        List<CollectionEvent> facts = history.factsIfAny(orgId, sheetId, CollectionEvent.class);
        if (facts.isEmpty()) {
            throw ProblemException.notFound("no collection sheet " + sheetId + " in organisation " + orgId);
        }
        return facts;
    }

    public SheetResult of(String orgId, String sheetId) {
        List<CollectionEvent> facts = facts(orgId, sheetId);
        CollectionSheetPosted sheet = (CollectionSheetPosted) facts.get(0);
        Map<Integer, CollectionLineHeld> held = new HashMap<>();
        Map<Integer, CollectionLineHeld> everHeld = new HashMap<>();
        Map<Integer, HeldCashResolved> resolved = new HashMap<>();
        for (CollectionEvent fact : facts) {
            if (fact instanceof CollectionLineHeld hold) {
                held.put(hold.line(), hold);
                everHeld.put(hold.line(), hold);
                resolved.remove(hold.line());
            } else if (fact instanceof HeldCashResolved resolution) {
                held.remove(resolution.line());
                resolved.put(resolution.line(), resolution);
            }
        }
        Map<String, List<SheetResult.Produced>> produced = loanPayments(orgId, sheet, resolved);
        produced.putAll(savingsMovements(orgId, sheet, resolved));
        BigDecimal applied = NONE;
        BigDecimal heldCash = NONE;
        BigDecimal refunded = NONE;
        BigDecimal pending = NONE;
        List<SheetResult.LineResult> lines = new ArrayList<>();
        for (CollectionSheetPosted.Line line : sheet.lines()) {
            BigDecimal cash = line.cash().amount();
            HeldCashResolved resolution = resolved.get(line.line());
            CollectionLineHeld hold = everHeld.get(line.line());
            String movement = resolution != null ? resolution.movementId()
                    : CollectionEvent.lineId(sheet.sheetId(), line.line());
            List<SheetResult.Produced> events = produced.getOrDefault(movement, List.of());
            String outcome;
            if (held.containsKey(line.line())) {
                outcome = SheetResult.HELD;
                heldCash = heldCash.add(cash);
            } else if (resolution != null && resolution.resolution() == HeldCashResolved.Resolution.REFUNDED) {
                outcome = SheetResult.RESOLVED;
                refunded = refunded.add(cash);
            } else if (!events.isEmpty()) {
                outcome = resolution != null ? SheetResult.RESOLVED : SheetResult.APPLIED;
                applied = applied.add(cash);
            } else {
                outcome = resolution != null ? SheetResult.RESOLVED : SheetResult.PENDING;
                pending = pending.add(cash);
            }
            lines.add(new SheetResult.LineResult(line.line(), line.memberId(), line.kind(), line.accountId(),
                    line.amount().amount(), outcome, hold == null ? null : hold.reason(),
                    resolution == null ? null : resolution.resolution(),
                    resolution == null ? null : resolution.targetId(), events));
        }
        return new SheetResult(sheet.sheetId(), sheet.groupId(), sheet.meetingDate(), sheet.officerId(),
                sheet.supplementary(), sheet.filledAgainst(), sheet.cashCollected().currency(),
                new SheetResult.Cash(sheet.cashCollected().amount(), applied, heldCash, refunded, pending), lines);
    }

    /** Each loan payment made under a line's (or its resolution's) id, with the event that records it. */
    private Map<String, List<SheetResult.Produced>> loanPayments(String orgId, CollectionSheetPosted sheet,
            Map<Integer, HeldCashResolved> resolved) {
        List<String> ids = new ArrayList<>();
        sheet.lines().stream().filter(line -> line.kind() == LineKind.LOAN_REPAYMENT)
                .forEach(line -> ids.add(CollectionEvent.lineId(sheet.sheetId(), line.line())));
        resolved.values().stream().filter(r -> r.resolution() == HeldCashResolved.Resolution.APPLIED_TO_LOAN)
                .forEach(r -> ids.add(r.movementId()));
        return produced("select movement_id, aggregate_id, event_id, ? from collection_movement where org_id = ?"
                + " and movement_id = any(?)", ids, EventCatalog.ceType(InstallmentPaid.class), orgId);
    }

    /** The deposits and withdrawals savings-service made under the sheet's ids, as heard from the savings topic. */
    private Map<String, List<SheetResult.Produced>> savingsMovements(String orgId, CollectionSheetPosted sheet,
            Map<Integer, HeldCashResolved> resolved) {
        List<String> ids = new ArrayList<>();
        sheet.lines().stream().filter(line -> line.kind() != LineKind.LOAN_REPAYMENT)
                .forEach(line -> ids.add(CollectionEvent.lineId(sheet.sheetId(), line.line())));
        resolved.values().forEach(r -> ids.add(r.movementId()));
        return produced("select deposit_id, account_id, seen_event_id, case when amount < 0 then ? else ? end from"
                + " member_saving where org_id = ? and deposit_id = any(?)", ids,
                EventCatalog.ceType(SavingsWithdrawn.class), EventCatalog.ceType(SavingsDeposited.class), orgId);
    }

    /**
     * What a query of (movement id, loan or account, event id, event type) finds for these movement ids, by id; the
     * ids are its last parameter.
     */
    private Map<String, List<SheetResult.Produced>> produced(String sql, List<String> ids, Object... parameters) {
        Map<String, List<SheetResult.Produced>> produced = new HashMap<>();
        if (ids.isEmpty()) {
            return produced;
        }
        try (Connection connection = dataSource.getConnection()) {
            Object[] all = Arrays.copyOf(parameters, parameters.length + 1);
            all[parameters.length] = connection.createArrayOf("varchar", ids.toArray());
            try (PreparedStatement query = Sql.prepared(connection, sql, all);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    produced.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new SheetResult.Produced(
                            rows.getString(4), rows.getString(2), rows.getString(3), rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read what the sheet's lines made", e);
        }
        return produced;
    }
}
