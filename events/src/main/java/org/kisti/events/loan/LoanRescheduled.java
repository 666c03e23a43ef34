package org.kisti.events.loan;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.loan.LoanDisbursed.ScheduledInstallment;

/**
 * The loan was rescheduled from {@code effectiveOn} ({@code reason}: FLOOD, CYCLONE, ...), by a MORATORIUM of
 * {@code periods} periods or a RESTRUCTURE into {@code periods} new instalments. The whole new {@code schedule} travels
 * with the engine version that made it ({@code calculator}); instalment numbers and what was paid on them are
 * unchanged. Before {@code effectiveOn} the earlier schedule counts, from it this one.
 */
@EventType(name = "org.kisti.loans.LoanRescheduled", version = 1)
public record LoanRescheduled(String orgId, String loanId, String memberId, String rescheduleId,
        LocalDate effectiveOn, String reason, String kind, int periods, List<ScheduledInstallment> schedule,
        String calculator) implements LoanEvent {

    public LoanRescheduled {
        schedule = List.copyOf(schedule);
    }

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
