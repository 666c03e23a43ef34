package org.kisti.savings.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsLienPlaced;
import org.kisti.events.savings.SavingsLienReleased;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.savings.interest.Movement;

/**
 * What the account's rules need of it, assigned from its events only and never re-judged: its owner, its product, its
 * movements by value date, what liens hold and which interest periods were posted. The aggregate keeps one and hands
 * it to the pure rules; a statement or a test builds one from a history with {@link #of}.
 */
public final class AccountState {

    /** One movement of money by its value (business) date; {@code amount} signed, {@code interest} if posted interest. */
    public record Entry(LocalDate valueDate, BigDecimal amount, boolean interest) {}

    public String accountId;
    public String orgId;
    /** The member whose account it is, or null on a group's fund. */
    public String memberId;
    /** The group whose fund it is, or null on a member's account. */
    public String groupId;
    public LocalDate openedOn;
    public String currency;
    /** The savings product it follows, or null. */
    public String productId;
    public boolean closed;
    public final List<Entry> entries = new ArrayList<>();
    /** Liens by loan id. */
    public final Map<String, Money> liens = new LinkedHashMap<>();
    /** Everything credited as interest so far (period lines and adjustments). */
    public BigDecimal interestPosted = BigDecimal.ZERO;
    /** The last period end posted, or null. */
    public LocalDate lastPeriodEnd;

    /** The state a history of events leaves. */
    public static AccountState of(List<? extends SavingsEvent> history) {
        AccountState state = new AccountState();
        history.forEach(state::evolve);
        return state;
    }

    /** Assigns what one event says; the aggregate's event sourcing handlers call this and nothing else. */
    public void evolve(SavingsEvent event) {
        if (event instanceof SavingsAccountOpened opened) {
            accountId = opened.accountId();
            orgId = opened.orgId();
            memberId = opened.memberId();
            groupId = opened.groupId();
            openedOn = opened.openedOn();
            currency = opened.currency();
            productId = opened.productId();
        } else if (event instanceof SavingsDeposited deposited) {
            entries.add(new Entry(deposited.depositedOn(), deposited.amount().amount(), false));
        } else if (event instanceof SavingsWithdrawn withdrawn) {
            entries.add(new Entry(withdrawn.withdrawnOn(), withdrawn.amount().amount().negate(), false));
        } else if (event instanceof SavingsInterestPosted posted) {
            entries.add(new Entry(posted.periodEnd(), posted.total().amount(), true));
            interestPosted = interestPosted.add(posted.total().amount());
            if (!posted.closing()) {
                lastPeriodEnd = posted.periodEnd();
            }
        } else if (event instanceof SavingsLienPlaced placed) {
            liens.put(placed.loanId(), placed.amount());
        } else if (event instanceof SavingsLienReleased released) {
            liens.remove(released.loanId());
        } else if (event instanceof SavingsAccountClosed) {
            closed = true;
        }
    }

    /** The balance now: every movement recorded, whatever its date. */
    public Money balance() {
        return new Money(entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /** The end-of-day balance on {@code day}: every movement dated on or before it. */
    public BigDecimal balanceOn(LocalDate day) {
        return entries.stream().filter(e -> !e.valueDate().isAfter(day)).map(Entry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The lowest end-of-day balance on {@code day} or any day after it: what a movement dated {@code day} may take
     * without leaving any later day short (balances only change on the dates of movements).
     */
    public BigDecimal lowestBalanceFrom(LocalDate day) {
        BigDecimal running = balanceOn(day);
        BigDecimal lowest = running;
        List<Entry> later = entries.stream().filter(e -> e.valueDate().isAfter(day))
                .sorted(Comparator.comparing(Entry::valueDate)).toList();
        for (int i = 0; i < later.size(); i++) {
            running = running.add(later.get(i).amount());
            boolean lastOfItsDay = i + 1 == later.size()
                    || !later.get(i + 1).valueDate().equals(later.get(i).valueDate());
            if (lastOfItsDay && running.compareTo(lowest) < 0) {
                lowest = running;
            }
        }
        return lowest;
    }

    public Money held() {
        return liens.values().stream().reduce(Money.zero(currency), Money::plus);
    }

    /** The movements of her own money, for interest: posted interest is the calculator's to credit, not an input. */
    public List<Movement> ownMovements() {
        return entries.stream().filter(e -> !e.interest()).map(e -> new Movement(e.valueDate(), e.amount())).toList();
    }
}
