package org.kisti.loan.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kisti.events.Money;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.platform.problem.FieldViolation;

/**
 * What a filled sheet must be before any money moves, pure: each row a member of the group, each repayment on one of
 * her own loans, each deposit and withdrawal on one of her own accounts in the sheet's currency, nothing named twice,
 * and the cash handed in equal to the lines' signed sum. Every failure names the line's field, e.g.
 * {@code members[3].repayments[0].loanId}, so the officer finds it on the paper sheet. A loan repaid or settled since
 * the sheet was printed is still hers: its line is accepted, and held if the loan refuses the money.
 */
public final class SheetChecks {

    private SheetChecks() {}

    /** A line as posted, with where it stands in the document. */
    public record NumberedLine(CollectionSheetPosted.Line line, String path) {}

    /** The sheet's lines numbered from 1: each member's repayments, then deposits, then withdrawals. */
    public static List<NumberedLine> lines(SheetRequests.FilledSheet sheet) {
        List<NumberedLine> lines = new ArrayList<>();
        for (int i = 0; i < sheet.members().size(); i++) {
            SheetRequests.MemberRow row = sheet.members().get(i);
            String at = "members[" + i + "].";
            for (int j = 0; j < row.repayments().size(); j++) {
                SheetRequests.LoanLine loan = row.repayments().get(j);
                lines.add(numbered(lines, row, LineKind.LOAN_REPAYMENT, loan.loanId(), loan.amount(), sheet,
                        at + "repayments[" + j + "]"));
            }
            for (int j = 0; j < row.deposits().size(); j++) {
                SheetRequests.SavingsLine deposit = row.deposits().get(j);
                lines.add(numbered(lines, row, LineKind.SAVINGS_DEPOSIT, deposit.accountId(), deposit.amount(), sheet,
                        at + "deposits[" + j + "]"));
            }
            for (int j = 0; j < row.withdrawals().size(); j++) {
                SheetRequests.SavingsLine withdrawal = row.withdrawals().get(j);
                lines.add(numbered(lines, row, LineKind.SAVINGS_WITHDRAWAL, withdrawal.accountId(),
                        withdrawal.amount(), sheet, at + "withdrawals[" + j + "]"));
            }
        }
        return lines;
    }

    public static List<FieldViolation> violations(SheetRequests.FilledSheet sheet, List<NumberedLine> lines,
            Map<String, GroupRoster.Seat> seats) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> members = new HashSet<>();
        for (int i = 0; i < sheet.members().size(); i++) {
            String memberId = sheet.members().get(i).memberId();
            if (!members.add(memberId)) {
                violations.add(new FieldViolation("members[" + i + "].memberId", "names " + memberId
                        + " a second time; one row per member"));
            } else if (!seats.containsKey(memberId)) {
                violations.add(new FieldViolation("members[" + i + "].memberId", "is not a member of group "
                        + sheet.groupId() + " known to this service"));
            }
        }
        Set<String> named = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (NumberedLine numbered : lines) {
            CollectionSheetPosted.Line line = numbered.line();
            sum = sum.add(line.cash().amount());
            GroupRoster.Seat seat = seats.get(line.memberId());
            if (seat == null) {
                continue;
            }
            if (line.kind() == LineKind.LOAN_REPAYMENT) {
                if (!seat.loans().containsKey(line.accountId())) {
                    violations.add(new FieldViolation(numbered.path() + ".loanId", "is not a loan of member "
                            + line.memberId()));
                } else if (!named.add("loan " + line.accountId())) {
                    violations.add(new FieldViolation(numbered.path() + ".loanId", "names loan " + line.accountId()
                            + " a second time; one repayment per loan"));
                }
            } else {
                GroupRoster.Account account = seat.accounts().get(line.accountId());
                if (account == null) {
                    violations.add(new FieldViolation(numbered.path() + ".accountId", "is not a savings account of"
                            + " member " + line.memberId()));
                } else if (!account.currency().equals(sheet.currency())) {
                    violations.add(new FieldViolation(numbered.path() + ".accountId", "is in " + account.currency()
                            + "; the sheet is in " + sheet.currency()));
                } else if (!named.add(line.kind() + " " + line.accountId())) {
                    violations.add(new FieldViolation(numbered.path() + ".accountId", "names account "
                            + line.accountId() + " a second time in the same column"));
                }
            }
        }
        if (lines.size() > SheetRules.MAX_LINES) {
            violations.add(new FieldViolation("members", "a sheet has at most " + SheetRules.MAX_LINES + " lines"));
        }
        BigDecimal cash = sheet.cashCollected();
        if (cash.scale() > 2 || cash.abs().compareTo(Money.MAX_AMOUNT) > 0) {
            violations.add(new FieldViolation("cashCollected", "must be at most " + Money.MAX_AMOUNT.toPlainString()
                    + " either way, with at most 2 decimal places"));
        } else if (cash.compareTo(sum) != 0) {
            violations.add(new FieldViolation("cashCollected", "must equal the lines' sum (money in less money paid"
                    + " out), " + sum.toPlainString() + ", was " + cash.toPlainString()));
        }
        return violations;
    }

    private static NumberedLine numbered(List<NumberedLine> before, SheetRequests.MemberRow row, LineKind kind,
            String accountId, BigDecimal amount, SheetRequests.FilledSheet sheet, String path) {
        return new NumberedLine(new CollectionSheetPosted.Line(before.size() + 1, row.memberId(), kind, accountId,
                new Money(amount, sheet.currency())), path);
    }
}
