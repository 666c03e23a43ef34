package org.kisti.loan.schedule.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kisti.loan.schedule.Installment;
import org.kisti.loan.schedule.RepaymentSchedule;

/**
 * What has been paid on a schedule: an immutable value. Payments are applied in the order given,
 * and a payment dated before the previous one is rejected, so the history is also in date order.
 * A back-dated payment, or a reversal, is a fresh allocation of the surviving payments in date
 * order ({@link #allocated}); a loan replays the splits it recorded ({@link #recorded}), never the rules.
 *
 * <p>Each payment pays instalments in due-date order, each its fee, then interest, then principal;
 * a later instalment only once the earlier is fully paid. Two positions are equal when they hold
 * the same schedule and the same applied payments, which fixes every balance.
 */
public final class LoanPosition {

    /**
     * The allocation rules this class implements, recorded with every split: payments in business-date order (ties
     * in the order recorded), instalments in due-date order, each its fee, then interest, then principal. A change to
     * the rules gets a new name, and recorded splits are never re-derived.
     */
    public static final String RULES = "kisti-allocation/1";

    private final RepaymentSchedule schedule;
    private final List<AppliedPayment> payments;
    private final List<InstallmentBalance> installments;
    // Derived from the above, kept so a payment costs O(instalments it touches), not O(schedule).
    private final Outstanding outstanding;
    private final int firstUnpaid;

    private LoanPosition(RepaymentSchedule schedule, List<AppliedPayment> payments,
            List<InstallmentBalance> installments, Outstanding outstanding, int firstUnpaid) {
        this.schedule = schedule;
        this.payments = payments;
        this.installments = installments;
        this.outstanding = outstanding;
        this.firstUnpaid = firstUnpaid;
    }

    /** A position with nothing paid yet. */
    public static LoanPosition of(RepaymentSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        List<InstallmentBalance> unpaid = new ArrayList<>(schedule.installments().size());
        BigDecimal principal = BigDecimal.ZERO.setScale(2);
        BigDecimal interest = principal;
        BigDecimal fee = principal;
        for (Installment installment : schedule.installments()) {
            unpaid.add(InstallmentBalance.unpaid(installment));
            principal = principal.add(installment.principal());
            interest = interest.add(installment.interest());
            fee = fee.add(installment.fee());
        }
        return new LoanPosition(schedule, List.of(), Collections.unmodifiableList(unpaid),
                new Outstanding(principal, interest, fee), firstUnpaidFrom(unpaid, 0));
    }

    /** The payments allocated afresh in business-date order; payments of one date keep the order given. */
    public static LoanPosition allocated(RepaymentSchedule schedule, List<Payment> payments) {
        List<Payment> inDateOrder = new ArrayList<>(payments);
        inDateOrder.sort(Comparator.comparing(Payment::paidOn)); // stable
        LoanPosition position = of(schedule);
        for (Payment payment : inDateOrder) {
            position = position.apply(payment).position();
        }
        return position;
    }

    /**
     * The position the recorded splits give, in the order given (business-date order): nothing is re-allocated, so a
     * split recorded under older rules stays as it was.
     */
    public static LoanPosition recorded(RepaymentSchedule schedule, List<AppliedPayment> payments) {
        LoanPosition empty = of(schedule);
        List<InstallmentBalance> balances = new ArrayList<>(empty.installments);
        BigDecimal principal = empty.outstanding.principal();
        BigDecimal interest = empty.outstanding.interest();
        BigDecimal fee = empty.outstanding.fee();
        for (AppliedPayment applied : payments) {
            for (InstallmentAllocation part : applied.allocation().installments()) {
                int k = part.installmentNumber() - 1;
                balances.set(k, balances.get(k).pay(part));
            }
            principal = principal.subtract(applied.allocation().principalPaid());
            interest = interest.subtract(applied.allocation().interestPaid());
            fee = fee.subtract(applied.allocation().feePaid());
        }
        return new LoanPosition(schedule, List.copyOf(payments), Collections.unmodifiableList(balances),
                new Outstanding(principal, interest, fee), firstUnpaidFrom(balances, 0));
    }

    /** The allocation of one applied payment, if this position has it. */
    public Optional<Allocation> allocationOf(String paymentId) {
        return payments.stream().filter(p -> p.payment().paymentId().equals(paymentId))
                .map(AppliedPayment::allocation).findFirst();
    }

    private static int firstUnpaidFrom(List<InstallmentBalance> balances, int from) {
        int k = from;
        while (k < balances.size() && balances.get(k).isFullyPaid()) {
            k++;
        }
        return k;
    }

    /** @throws InvalidPaymentException naming the field, when the payment breaks a rule */
    public AllocationResult apply(Payment payment) {
        BigDecimal remaining = validate(payment);
        List<InstallmentBalance> balances = new ArrayList<>(installments);
        List<InstallmentAllocation> parts = new ArrayList<>();
        for (int k = firstUnpaid; k < balances.size() && remaining.signum() > 0; k++) {
            InstallmentBalance balance = balances.get(k);
            if (balance.isFullyPaid()) {
                continue; // nothing to pay on it (an instalment of 0.00 after a part-paid one)
            }
            BigDecimal fee = remaining.min(balance.feeDue());
            remaining = remaining.subtract(fee);
            BigDecimal interest = remaining.min(balance.interestDue());
            remaining = remaining.subtract(interest);
            BigDecimal principal = remaining.min(balance.principalDue());
            remaining = remaining.subtract(principal);
            InstallmentAllocation part = new InstallmentAllocation(balance.installment().number(), fee, interest,
                    principal);
            balances.set(k, balance.pay(part));
            parts.add(part);
        }
        Allocation allocation = Allocation.of(payment.paymentId(), parts);
        List<AppliedPayment> history = new ArrayList<>(payments.size() + 1);
        history.addAll(payments);
        history.add(new AppliedPayment(payment, allocation));
        Outstanding left = new Outstanding(outstanding.principal().subtract(allocation.principalPaid()),
                outstanding.interest().subtract(allocation.interestPaid()),
                outstanding.fee().subtract(allocation.feePaid()));
        LoanPosition next = new LoanPosition(schedule, Collections.unmodifiableList(history),
                Collections.unmodifiableList(balances), left, firstUnpaidFrom(balances, firstUnpaid));
        return new AllocationResult(next, allocation);
    }

    /** The position as if the payment had never been made: the other payments replayed in order. */
    public LoanPosition reverse(String paymentId) {
        if (payments.stream().noneMatch(p -> p.payment().paymentId().equals(paymentId))) {
            throw new InvalidPaymentException("paymentId", "no applied payment has id " + paymentId);
        }
        LoanPosition position = of(schedule);
        for (AppliedPayment applied : payments) {
            if (!applied.payment().paymentId().equals(paymentId)) {
                position = position.apply(applied.payment()).position();
            }
        }
        return position;
    }

    /**
     * The position counting only the payments made on or before the date, with the splits they have: allocation in
     * date order means a payment's split never depends on payments dated after it.
     */
    public LoanPosition asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int counted = 0;
        // History is in date order, so the payments up to the date are a prefix.
        while (counted < payments.size() && !payments.get(counted).payment().paidOn().isAfter(date)) {
            counted++;
        }
        if (counted == payments.size()) {
            return this;
        }
        return recorded(schedule, payments.subList(0, counted));
    }

    /** What is still owed on the whole schedule. */
    public Outstanding outstanding() {
        return outstanding;
    }

    public RepaymentSchedule schedule() {
        return schedule;
    }

    /** Applied payments with their allocations, in the order applied. */
    public List<AppliedPayment> payments() {
        return payments;
    }

    /** Each instalment with what has been paid towards it, in due-date order. */
    public List<InstallmentBalance> installments() {
        return installments;
    }

    private BigDecimal validate(Payment payment) {
        if (payment == null) {
            throw new InvalidPaymentException("payment", "is required");
        }
        String id = payment.paymentId();
        if (id == null || id.isBlank()) {
            throw new InvalidPaymentException("paymentId", "is required");
        }
        if (payments.stream().anyMatch(p -> p.payment().paymentId().equals(id))) {
            throw new InvalidPaymentException("paymentId", "payment " + id + " has already been applied");
        }
        if (payment.paidOn() == null) {
            throw new InvalidPaymentException("paidOn", "is required");
        }
        if (!payments.isEmpty()) {
            LocalDate previous = payments.get(payments.size() - 1).payment().paidOn();
            if (payment.paidOn().isBefore(previous)) {
                throw new InvalidPaymentException("paidOn", "must not be before the previous payment's date "
                        + previous + "; payments are applied in date order");
            }
        }
        BigDecimal amount = payment.amount();
        if (amount == null) {
            throw new InvalidPaymentException("amount", "is required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidPaymentException("amount", "must be greater than 0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidPaymentException("amount", "must have at most 2 decimal places, was "
                    + amount.toPlainString());
        }
        BigDecimal owed = outstanding.total();
        if (amount.compareTo(owed) > 0) {
            throw new InvalidPaymentException("amount", "must not exceed what is still owed on the loan ("
                    + owed.toPlainString() + " " + schedule.currency() + "), was " + amount.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoanPosition that
                && schedule.equals(that.schedule)
                && payments.equals(that.payments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schedule, payments);
    }

    @Override
    public String toString() {
        return "LoanPosition[payments=" + payments.size() + ", outstanding=" + outstanding() + "]";
    }
}
