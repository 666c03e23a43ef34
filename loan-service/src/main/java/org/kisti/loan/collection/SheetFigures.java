package org.kisti.loan.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.kisti.events.loan.LoanEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.loan.schedule.allocation.Arrears;
import org.kisti.loan.schedule.allocation.ArrearsStatus;
import org.kisti.loan.schedule.allocation.InstallmentBalance;
import org.kisti.loan.schedule.allocation.LoanPosition;
import org.kisti.loan.servicing.LoanState;
import org.kisti.platform.problem.ProblemException;

/**
 * Generates a group's sheet for a meeting day from what this service knows: the roster ({@link GroupRoster}), each
 * open loan's own events (its position on the day), and the savings movements and product minimums heard from the
 * savings topic. The primary sheet's id is derived from the organisation, group and day, so two devices that fetch
 * the same meeting's sheet post it under the same id, and the second post changes nothing.
 */
@ApplicationScoped
public class SheetFigures {

    private final GroupRoster roster;
    private final EventHistory history;
    private final DataSource dataSource;
    private final ObjectMapper json;

    public SheetFigures(GroupRoster roster, EventHistory history, DataSource dataSource, ObjectMapper json) {
        this.roster = roster;
        this.history = history;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The id of the group's primary sheet for the day. */
    public static String primarySheetId(String orgId, String groupId, LocalDate meetingDate) {
        return UUID.nameUUIDFromBytes(("kisti collection sheet " + orgId + " " + groupId + " " + meetingDate)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public SheetDocument sheet(String orgId, String groupId, LocalDate day) {
        if (!roster.knows(orgId, groupId)) {
            throw ProblemException.notFound("no group " + groupId + " in organisation " + orgId);
        }
        Map<String, GroupRoster.Seat> seats = roster.seats(orgId, groupId);
        Map<String, BigDecimal> balances = new HashMap<>();
        Map<String, BigDecimal> minimums = new HashMap<>();
        savings(orgId, groupId, day, balances, minimums);
        String currency = null;
        Map<String, List<SheetDocument.MemberRow>> byCohesion = new LinkedHashMap<>();
        Map<String, String> cohesionNames = new HashMap<>();
        for (GroupRoster.Seat seat : seats.values()) {
            if (seat.enrolledOn().isAfter(day)) {
                continue;
            }
            List<SheetDocument.LoanDue> loans = new ArrayList<>();
            for (GroupRoster.Loan loan : seat.loans().values()) {
                if (loan.openOn(day)) {
                    LoanState state = LoanState.of(history.facts(orgId, loan.loanId(), "loan", LoanEvent.class));
                    currency = currency == null ? state.currency : currency;
                    loans.add(due(state, day));
                }
            }
            List<SheetDocument.SavingsDue> savings = new ArrayList<>();
            for (GroupRoster.Account account : seat.accounts().values()) {
                if (account.openOn(day)) {
                    currency = currency == null ? account.currency() : currency;
                    savings.add(new SheetDocument.SavingsDue(account.accountId(),
                            minimums.getOrDefault(account.accountId(), BigDecimal.ZERO.setScale(2)),
                            balances.getOrDefault(account.accountId(), BigDecimal.ZERO.setScale(2))));
                }
            }
            byCohesion.computeIfAbsent(seat.cohesionGroupId(), id -> new ArrayList<>())
                    .add(new SheetDocument.MemberRow(seat.memberId(), seat.name(), loans, savings));
            cohesionNames.put(seat.cohesionGroupId(), seat.cohesionGroupName());
        }
        List<SheetDocument.CohesionBlock> blocks = new ArrayList<>();
        SheetDocument.Totals group = SheetDocument.Totals.ZERO;
        for (Map.Entry<String, List<SheetDocument.MemberRow>> block : byCohesion.entrySet()) {
            SheetDocument.Totals totals = block.getValue().stream().map(SheetDocument.Totals::of)
                    .reduce(SheetDocument.Totals.ZERO, SheetDocument.Totals::plus);
            blocks.add(new SheetDocument.CohesionBlock(block.getKey(), cohesionNames.get(block.getKey()),
                    block.getValue(), totals));
            group = group.plus(totals);
        }
        SheetDocument unversioned = new SheetDocument(primarySheetId(orgId, groupId, day), null, groupId, day,
                currency, blocks, group);
        return new SheetDocument(unversioned.sheetId(), version(unversioned), groupId, day, currency, blocks, group);
    }

    /** What the loan asks on the day: the instalment falling due that day, what fell due before, what is owed. */
    private static SheetDocument.LoanDue due(LoanState loan, LocalDate day) {
        LoanPosition position = loan.positionOn(day);
        ArrearsStatus arrears = Arrears.asOf(position, day);
        BigDecimal dueToday = position.installments().stream()
                .filter(balance -> balance.installment().dueDate().equals(day))
                .map(InstallmentBalance::unpaid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new SheetDocument.LoanDue(loan.loanId, dueToday, arrears.overdueAmount(),
                arrears.outstandingPrincipal().add(arrears.outstandingInterest()).add(arrears.outstandingFee()));
    }

    /** Each account's balance on the day, and its product's minimum deposit in force that day. */
    private void savings(String orgId, String groupId, LocalDate day, Map<String, BigDecimal> balances,
            Map<String, BigDecimal> minimums) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = Sql.prepared(connection, "select s.account_id, sum(s.amount) from"
                    + " member_saving s join known_member m on m.org_id = s.org_id and m.member_id = s.member_id where"
                    + " s.org_id = ? and m.group_id = ? and s.account_id is not null and s.deposited_on <= ?"
                    + " group by s.account_id", orgId, groupId, day);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    balances.put(rows.getString(1), rows.getBigDecimal(2));
                }
            }
            try (PreparedStatement query = Sql.prepared(connection, "select a.account_id, (select d.minimum_deposit"
                    + " from savings_minimum_deposit d where d.org_id = a.org_id and d.product_id = a.product_id and"
                    + " d.effective_from <= ? order by d.effective_from desc limit 1) from known_savings_account a"
                    + " join known_member m on m.org_id = a.org_id and m.member_id = a.member_id where a.org_id = ?"
                    + " and m.group_id = ?", day, orgId, groupId);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getBigDecimal(2) != null) {
                        minimums.put(rows.getString(1), rows.getBigDecimal(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the group's savings", e);
        }
    }

    /** A digest of every figure on the sheet: the same facts give the same version, any change another. */
    private String version(SheetDocument unversioned) {
        try {
            byte[] canonical = json.writeValueAsBytes(unversioned);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical), 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute the sheet's version", e);
        }
    }
}
