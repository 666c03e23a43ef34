package org.kisti.loan.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kisti.events.Currencies;
import org.kisti.events.Money;
import org.kisti.events.collection.CollectionEvent;
import org.kisti.events.collection.CollectionLineHeld;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.events.collection.HeldCashResolved.Resolution;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * The sheet's own rules, pure: a sheet is whole (its cash is the signed sum of its lines, every amount valid money in
 * one accepted currency, lines numbered 1 to n, at most {@value #MAX_LINES}); a line is held once per refused
 * movement; held money is resolved once per hold, in a way its direction allows (money in may go to a loan, to savings
 * or back to her; a withdrawal never made may come from savings after all, or back from her).
 */
public final class SheetRules {

    public static final int MAX_LINES = 999;

    private SheetRules() {}

    public static CollectionSheetPosted post(SheetCommands.PostCollectionSheet command) {
        String currency = command.cashCollected().currency();
        if (!Currencies.isAccepted(currency)) {
            throw new BusinessRuleViolation("currency", Currencies.RULE);
        }
        if (command.lines().size() > MAX_LINES) {
            throw new BusinessRuleViolation("members", "a sheet has at most " + MAX_LINES + " lines");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < command.lines().size(); k++) {
            CollectionSheetPosted.Line line = command.lines().get(k);
            if (line.line() != k + 1) {
                throw new BusinessRuleViolation("lines", "must be numbered from 1 in order; line " + (k + 1)
                        + " is numbered " + line.line());
            }
            if (!line.amount().currency().equals(currency)) {
                throw new BusinessRuleViolation("line " + line.line(), "must be in the sheet's currency, " + currency);
            }
            if (!line.amount().isPositive() || line.amount().exceedsMaximum()) {
                throw new BusinessRuleViolation("line " + line.line(), "amount must be from 0.01 to "
                        + Money.MAX_AMOUNT.toPlainString());
            }
            sum = sum.add(line.cash().amount());
        }
        if (sum.compareTo(command.cashCollected().amount()) != 0) {
            throw new BusinessRuleViolation("cashCollected", "must equal the lines' sum (money in less money paid"
                    + " out), " + sum.toPlainString() + ", was " + command.cashCollected().amount().toPlainString());
        }
        return new CollectionSheetPosted(command.orgId(), command.sheetId(), command.groupId(), command.meetingDate(),
                command.officerId(), command.filledAgainst(), command.supplementary(), command.cashCollected(),
                command.attendance(), command.lines());
    }

    /** One fact per line not held under that movement before; a refusal reported again holds nothing new. */
    public static List<CollectionEvent> hold(SheetState sheet, SheetCommands.HoldLines command) {
        List<CollectionEvent> events = new ArrayList<>();
        Set<String> seen = new HashSet<>(sheet.heldMovements);
        for (SheetCommands.Hold hold : command.holds()) {
            CollectionSheetPosted.Line line = line(sheet, hold.line());
            if (seen.add(hold.movementId())) {
                events.add(new CollectionLineHeld(sheet.orgId, sheet.sheetId, line.line(), line.memberId(),
                        hold.movementId(), line.amount(), hold.reason(), command.heldOn()));
            }
        }
        return events;
    }

    public static HeldCashResolved resolve(SheetState sheet, SheetCommands.ResolveHeldCash command) {
        CollectionSheetPosted.Line line = line(sheet, command.line());
        CollectionLineHeld held = Optional.ofNullable(sheet.held.get(command.line())).orElseThrow(() ->
                new BusinessRuleViolation("line", "line " + command.line() + " holds no money now"));
        boolean withdrawal = line.kind() == LineKind.SAVINGS_WITHDRAWAL;
        Resolution resolution = command.resolution();
        boolean allowed = resolution == Resolution.REFUNDED || (withdrawal
                ? resolution == Resolution.WITHDRAWN_FROM_SAVINGS
                : resolution == Resolution.APPLIED_TO_LOAN || resolution == Resolution.DEPOSITED_TO_SAVINGS);
        if (!allowed) {
            throw new BusinessRuleViolation("resolution", withdrawal
                    ? "a withdrawal never made is WITHDRAWN_FROM_SAVINGS or REFUNDED"
                    : "money held is APPLIED_TO_LOAN, DEPOSITED_TO_SAVINGS or REFUNDED");
        }
        if ((resolution == Resolution.REFUNDED) != (command.targetId() == null)) {
            throw new BusinessRuleViolation("targetId", resolution == Resolution.REFUNDED
                    ? "a refund names no loan or account" : "names the loan or account the money goes to");
        }
        if (command.resolvedOn().isBefore(held.heldOn())) {
            throw new BusinessRuleViolation("resolvedOn", "must not be before the money was held, " + held.heldOn());
        }
        int next = sheet.resolutions.getOrDefault(command.line(), 0) + 1;
        return new HeldCashResolved(sheet.orgId, sheet.sheetId, line.line(), line.memberId(), resolution,
                command.targetId(), CollectionEvent.resolutionId(sheet.sheetId, line.line(), next), line.amount(),
                command.note(), command.resolvedBy(), command.resolvedOn());
    }

    private static CollectionSheetPosted.Line line(SheetState sheet, int number) {
        CollectionSheetPosted.Line line = sheet.lines.get(number);
        if (line == null) {
            throw new BusinessRuleViolation("line", "the sheet has no line " + number);
        }
        return line;
    }
}
