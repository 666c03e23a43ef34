package org.kisti.events.collection;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * A group meeting's collection sheet as the officer filled it, accepted whole: who attended, and each line of money
 * (a repayment on a loan, a deposit to or a withdrawal from a savings account), numbered from 1 in the order posted.
 * {@code cashCollected}: the cash the officer handed in, money in less money paid out; it equals the lines' signed sum.
 * {@code filledAgainst}: the version of the printed sheet the officer filled (its ETag), which may be older than the
 * figures when it was posted; {@code supplementary}: a further sheet for a group and meeting that already has one.
 * The money of each line moves by facts of its own, each under the id {@link CollectionEvent#lineId}.
 */
@EventType(name = "org.kisti.loans.CollectionSheetPosted", version = 1)
public record CollectionSheetPosted(
        String orgId, String sheetId, String groupId, LocalDate meetingDate, String officerId, String filledAgainst,
        boolean supplementary, Money cashCollected, List<Attendance> attendance, List<Line> lines)
        implements CollectionEvent {

    public CollectionSheetPosted {
        attendance = List.copyOf(attendance);
        lines = List.copyOf(lines);
    }

    /** Whether a member was at the meeting. */
    public record Attendance(String memberId, boolean present) {}

    /** One amount of money for one loan or account of one member. */
    public record Line(int line, String memberId, LineKind kind, String accountId, Money amount) {

        /** Cash in is positive, cash paid out (a withdrawal) negative. */
        public Money cash() {
            return kind == LineKind.SAVINGS_WITHDRAWAL ? new Money(amount.amount().negate(), amount.currency())
                    : amount;
        }
    }

    /** What a line's money is for; {@code accountId} names the loan or the savings account. */
    public enum LineKind {
        LOAN_REPAYMENT,
        SAVINGS_DEPOSIT,
        SAVINGS_WITHDRAWAL
    }

    @Override
    public LocalDate businessDate() {
        return meetingDate;
    }
}
