package org.kisti.loan.servicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanRecoveryReceived;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.loan.PaymentSplit;
import org.kisti.events.loan.Reallocation;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.loan.account.ScheduleFacts;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.allocation.Allocation;
import org.kisti.loan.schedule.allocation.AppliedPayment;
import org.kisti.loan.schedule.allocation.InstallmentAllocation;
import org.kisti.loan.schedule.allocation.LoanPosition;
import org.kisti.loan.schedule.allocation.Payment;

/**
 * A loan as its events say: its schedule and its surviving payments in business-date order, each with the split it
 * was recorded with (or re-recorded with, when a back-dated payment or a reversal changed it). Evolving never runs
 * the allocation rules, except for a version 1 payment, which recorded no per-instalment split and was allocated in
 * date order by the rules of that day, the same as {@link LoanPosition#RULES}.
 */
public final class LoanState {

    public String loanId;
    public String orgId;
    public String memberId;
    public String currency;
    public LocalDate disbursedOn;
    /** The schedule in force now: the disbursed one, or the latest reschedule's. */
    public RepaymentSchedule schedule;
    /** Every schedule by the day it took effect (the disbursed one from the disbursement), in order. */
    public final List<Map.Entry<LocalDate, RepaymentSchedule>> schedules = new ArrayList<>();
    /** Surviving payments, in business-date order (ties in the order recorded). */
    public final List<AppliedPayment> payments = new ArrayList<>();
    /** Reversed payments, by id, with the day of their reversal. */
    public final Map<String, LocalDate> reversed = new LinkedHashMap<>();
    public boolean closed;
    /** Reschedules applied, by id: the same one applied twice changes nothing. */
    public final Set<String> reschedules = new HashSet<>();
    /** The day she settled early, or null. */
    public LocalDate settledOn;
    /** The day the loan was written off, or null; what was written off, and what has been recovered since. */
    public LocalDate writtenOffOn;
    public BigDecimal writtenOff = BigDecimal.ZERO;
    public BigDecimal recovered = BigDecimal.ZERO;

    public static LoanState of(List<? extends LoanEvent> history) {
        LoanState state = new LoanState();
        history.forEach(state::evolve);
        return state;
    }

    public void evolve(LoanEvent event) {
        if (event instanceof LoanDisbursed disbursed) {
            loanId = disbursed.loanId();
            orgId = disbursed.orgId();
            memberId = disbursed.memberId();
            currency = disbursed.principal().currency();
            disbursedOn = disbursed.disbursedOn();
            schedule = ScheduleFacts.fromEvent(disbursed);
            schedules.add(Map.entry(disbursedOn, schedule));
        } else if (event instanceof InstallmentPaid paid) {
            Payment payment = new Payment(paid.paymentId(), paid.paidOn(), paid.amount().amount());
            if (paid.splits() == null) {
                // Version 1: allocated in date order when it was made, so applying it now gives the same split.
                payments.add(new AppliedPayment(payment, position().apply(payment).allocation()));
            } else {
                paid.reallocated().forEach(this::reallocate);
                insertInDateOrder(new AppliedPayment(payment, allocation(paid.paymentId(), paid.splits())));
            }
        } else if (event instanceof RepaymentReversed reversal) {
            payments.removeIf(p -> p.payment().paymentId().equals(reversal.paymentId()));
            reversal.reallocated().forEach(this::reallocate);
            reversed.put(reversal.paymentId(), reversal.reversedOn());
        } else if (event instanceof LoanSettledEarly settled) {
            // What she paid, and what was rebated, both count against the instalments from that day: nothing is
            // owed after it, and arrears read zero.
            insertInDateOrder(new AppliedPayment(new Payment(settled.paymentId(), settled.settledOn(),
                    settled.amount().amount()), allocation(settled.paymentId(), settled.splits())));
            String rebate = "rebate:" + settled.paymentId();
            insertInDateOrder(new AppliedPayment(new Payment(rebate, settled.settledOn(),
                    settled.interestRebated().plus(settled.feeRebated()).amount()),
                    allocation(rebate, settled.rebated())));
            settledOn = settled.settledOn();
        } else if (event instanceof LoanRescheduled rescheduled) {
            schedule = ScheduleFacts.rescheduled(schedule, rescheduled.schedule(), rescheduled.calculator());
            schedules.add(Map.entry(rescheduled.effectiveOn(), schedule));
            reschedules.add(rescheduled.rescheduleId());
        } else if (event instanceof LoanWrittenOff writeOff) {
            // What was written off counts against the instalments from that day, so they read nothing owed after it.
            String id = "write-off:" + writeOff.loanId();
            insertInDateOrder(new AppliedPayment(new Payment(id, writeOff.writtenOffOn(),
                    writeOff.principal().plus(writeOff.interest()).plus(writeOff.fee()).amount()),
                    allocation(id, writeOff.splits())));
            writtenOffOn = writeOff.writtenOffOn();
            writtenOff = writeOff.principal().plus(writeOff.interest()).plus(writeOff.fee()).amount();
        } else if (event instanceof LoanRecoveryReceived recovery) {
            recovered = recovered.add(recovery.amount().amount());
        } else if (event instanceof LoanRepaid) {
            closed = true;
        } else if (event instanceof LoanReopened) {
            closed = false;
        }
    }

    /** What the recorded splits give: balances per instalment and what is still owed. */
    public LoanPosition position() {
        return LoanPosition.recorded(schedule, payments);
    }

    /**
     * The payments made by {@code day}, on the schedule in force that day: arrears before a reschedule count the
     * earlier one. A split the earlier schedule cannot hold (a payment dated back before a restructure, allocated to
     * its new instalments) is counted on the schedule in force now.
     */
    public LoanPosition positionOn(LocalDate day) {
        RepaymentSchedule then = schedules.get(0).getValue();
        for (Map.Entry<LocalDate, RepaymentSchedule> version : schedules) {
            if (!version.getKey().isAfter(day)) {
                then = version.getValue();
            }
        }
        List<AppliedPayment> made = payments.stream().filter(p -> !p.payment().paidOn().isAfter(day)).toList();
        int size = then.installments().size();
        boolean fits = made.stream().flatMap(p -> p.allocation().installments().stream())
                .allMatch(part -> part.installmentNumber() <= size);
        return LoanPosition.recorded(fits ? then : schedule, made);
    }

    /** The latest payment's date, or null before any. */
    public LocalDate latestPaymentOn() {
        return payments.isEmpty() ? null : payments.get(payments.size() - 1).payment().paidOn();
    }

    public Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }

    /** Parts per instalment as a fact records them, in the loan's currency. */
    public List<PaymentSplit> splits(List<InstallmentAllocation> parts) {
        return parts.stream().map(part -> new PaymentSplit(part.installmentNumber(), money(part.fee()),
                money(part.interest()), money(part.principal()))).toList();
    }

    /** ACTIVE, REPAID, SETTLED or WRITTEN_OFF. */
    public String status() {
        if (writtenOffOn != null) {
            return "WRITTEN_OFF";
        }
        if (settledOn != null) {
            return "SETTLED";
        }
        return closed ? "REPAID" : "ACTIVE";
    }

    private void reallocate(Reallocation changed) {
        for (int k = 0; k < payments.size(); k++) {
            AppliedPayment applied = payments.get(k);
            if (applied.payment().paymentId().equals(changed.paymentId())) {
                payments.set(k, new AppliedPayment(applied.payment(),
                        allocation(changed.paymentId(), changed.splits())));
            }
        }
    }

    private void insertInDateOrder(AppliedPayment applied) {
        int at = payments.size();
        while (at > 0 && payments.get(at - 1).payment().paidOn().isAfter(applied.payment().paidOn())) {
            at--;
        }
        payments.add(at, applied);
    }

    static Allocation allocation(String paymentId, List<PaymentSplit> splits) {
        return Allocation.of(paymentId, splits.stream().map(s -> new InstallmentAllocation(s.installment(),
                s.fee().amount(), s.interest().amount(), s.principal().amount())).toList());
    }
}
