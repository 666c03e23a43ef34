package org.kisti.events.loan;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * The loan was written off on {@code writtenOffOn}: what was still owed ({@code principal}, {@code interest},
 * {@code fee}, and per instalment in {@code splits}) leaves the outstanding portfolio from that day, its arrears and
 * outstanding read zero, and money paid on it later is a recovery. {@code daysInArrears} on that day and the
 * organisation's {@code minDaysInArrears} then in force are what the decision was judged on.
 */
@EventType(name = "org.kisti.loans.LoanWrittenOff", version = 1)
public record LoanWrittenOff(String orgId, String loanId, String memberId, LocalDate writtenOffOn, Money principal,
        Money interest, Money fee, int daysInArrears, int minDaysInArrears, String reason, String writtenOffBy,
        List<PaymentSplit> splits) implements LoanEvent {

    public LoanWrittenOff {
        splits = List.copyOf(splits);
    }

    @Override
    public LocalDate businessDate() {
        return writtenOffOn;
    }
}
