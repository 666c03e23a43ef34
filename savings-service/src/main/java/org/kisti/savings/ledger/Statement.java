package org.kisti.savings.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsLienPlaced;
import org.kisti.events.savings.SavingsLienReleased;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.SavingsWithdrawn;

/**
 * An account statement for [from, to] by value date: the balance at the end of the day before {@code from}, every
 * movement dated within with the running balance after it (movements of one day in the order they were recorded),
 * the balance at the end of {@code to}, what liens held that day, and what was available: closing − held − the
 * minimum balance of the product version in force, never below zero. Posted interest shows as its period's line and,
 * when there is one, its adjustment line.
 */
@Schema(name = "SavingsStatement")
public record Statement(String accountId, LocalDate from, LocalDate to, Money openingBalance, List<Line> lines,
        Money closingBalance, Money held, Money minimumBalance, Money available) {

    /** One movement: kind DEPOSIT, WITHDRAWAL (with its reason), INTEREST or INTEREST_ADJUSTMENT. */
    @Schema(name = "SavingsStatementLine")
    public record Line(LocalDate valueDate, String kind, String reason, String reference, Money amount,
            Money balance) {}

    public static Statement of(List<SavingsEvent> history, LocalDate from, LocalDate to,
            SavingsProductVersioned productOnTo) {
        AccountState account = AccountState.of(history);
        String currency = account.currency;
        List<Line> movements = new ArrayList<>();
        for (SavingsEvent event : history) {
            movements.addAll(lines(event, currency));
        }
        // Stable: one day's movements keep the order they were recorded in.
        movements.sort(Comparator.comparing(Line::valueDate));
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal opening = BigDecimal.ZERO;
        List<Line> within = new ArrayList<>();
        for (Line line : movements) {
            if (line.valueDate().isAfter(to)) {
                break;
            }
            running = running.add(line.amount().amount());
            if (line.valueDate().isBefore(from)) {
                opening = running;
            } else {
                within.add(new Line(line.valueDate(), line.kind(), line.reason(), line.reference(), line.amount(),
                        new Money(running, currency)));
            }
        }
        BigDecimal held = heldOn(history, to);
        BigDecimal minimum = productOnTo == null ? BigDecimal.ZERO : productOnTo.minimumBalance();
        BigDecimal available = running.subtract(held).subtract(minimum).max(BigDecimal.ZERO);
        return new Statement(account.accountId, from, to, new Money(opening, currency), within,
                new Money(running, currency), new Money(held, currency), new Money(minimum, currency),
                new Money(available, currency));
    }

    private static List<Line> lines(SavingsEvent event, String currency) {
        if (event instanceof SavingsDeposited deposited) {
            return List.of(new Line(deposited.depositedOn(), "DEPOSIT", null, deposited.depositId(),
                    deposited.amount(), null));
        }
        if (event instanceof SavingsWithdrawn withdrawn) {
            return List.of(new Line(withdrawn.withdrawnOn(), "WITHDRAWAL", withdrawn.kind().name(),
                    withdrawn.withdrawalId(), Money.zero(currency).minus(withdrawn.amount()), null));
        }
        if (event instanceof SavingsInterestPosted posted) {
            List<Line> lines = new ArrayList<>();
            String period = posted.periodStart() + "/" + posted.periodEnd();
            lines.add(new Line(posted.periodEnd(), "INTEREST", posted.closing() ? "TO_DATE" : period,
                    posted.postingId(), posted.interest(), null));
            if (posted.adjustment().amount().signum() != 0) {
                lines.add(new Line(posted.periodEnd(), "INTEREST_ADJUSTMENT", "earlier periods",
                        posted.postingId(), posted.adjustment(), null));
            }
            return lines;
        }
        return List.of();
    }

    private static BigDecimal heldOn(List<SavingsEvent> history, LocalDate day) {
        Map<String, BigDecimal> liens = new HashMap<>();
        for (SavingsEvent event : history) {
            if (event instanceof SavingsLienPlaced placed && !placed.placedOn().isAfter(day)) {
                liens.put(placed.loanId(), placed.amount().amount());
            } else if (event instanceof SavingsLienReleased released && !released.releasedOn().isAfter(day)) {
                liens.remove(released.loanId());
            }
        }
        return liens.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
