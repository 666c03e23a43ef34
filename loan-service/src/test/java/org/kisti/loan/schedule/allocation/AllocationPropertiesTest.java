package org.kisti.loan.schedule.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kisti.loan.schedule.InvalidLoanTermsException;
import org.kisti.loan.schedule.RandomLoanTerms;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.ScheduleCalculator;

class AllocationPropertiesTest {

    private static final int LOANS = 1500;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 20260119L})
    void randomPaymentHistoriesKeepTheAllocationAndArrearsRules(long seed) {
        Random random = new Random(seed);
        int loans = 0;
        while (loans < LOANS) {
            RepaymentSchedule schedule;
            try {
                schedule = ScheduleCalculator.calculate(RandomLoanTerms.next(random));
            } catch (InvalidLoanTermsException e) {
                continue;
            }
            loans++;
            checkOneLoan(schedule, random);
        }
    }

    private static void checkOneLoan(RepaymentSchedule schedule, Random random) {
        LoanPosition position = LoanPosition.of(schedule);
        List<Payment> payments = new ArrayList<>();
        LocalDate date = schedule.installments().get(0).dueDate().minusDays(random.nextInt(10));
        int count = random.nextInt(schedule.installments().size() + 5);
        for (int k = 0; k < count && position.outstanding().total().signum() > 0; k++) {
            date = date.plusDays(random.nextInt(15));
            Payment payment = new Payment("p" + k, date, amount(random, schedule, position));
            Outstanding before = position.outstanding();

            AllocationResult result = position.apply(payment);

            Allocation allocation = result.allocation();
            Outstanding after = result.position().outstanding();
            assertThat(allocation.total()).isEqualTo(payment.amount());
            assertThat(after.principal()).isEqualTo(before.principal().subtract(allocation.principalPaid()));
            assertThat(after.interest()).isEqualTo(before.interest().subtract(allocation.interestPaid()));
            assertThat(after.fee()).isEqualTo(before.fee().subtract(allocation.feePaid()));
            assertThat(after).isEqualTo(sumOfBalances(result.position()));
            assertInDueDateOrder(allocation);
            assertPaidInOrder(result.position());
            assertThat(position.outstanding()).as("the earlier position is untouched").isEqualTo(before);
            if (random.nextInt(4) == 0) {
                assertThat(result.position().reverse(payment.paymentId())).isEqualTo(position);
            }
            position = result.position();
            payments.add(payment);
        }
        for (int d = 0; d < 4; d++) {
            checkArrears(schedule, position, payments, randomDate(random, schedule));
        }
        if (!payments.isEmpty()) {
            Payment reversed = payments.get(random.nextInt(payments.size()));
            LoanPosition expected = LoanPosition.of(schedule);
            for (Payment payment : payments) {
                if (payment != reversed) {
                    expected = expected.apply(payment).position();
                }
            }
            LoanPosition actual = position.reverse(reversed.paymentId());
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.installments()).isEqualTo(expected.installments());
        }
    }

    private static Outstanding sumOfBalances(LoanPosition position) {
        BigDecimal principal = new BigDecimal("0.00");
        BigDecimal interest = principal;
        BigDecimal fee = principal;
        for (InstallmentBalance balance : position.installments()) {
            principal = principal.add(balance.principalDue());
            interest = interest.add(balance.interestDue());
            fee = fee.add(balance.feeDue());
        }
        return new Outstanding(principal, interest, fee);
    }

    /** Mostly a plausible instalment-sized payment, sometimes a cent, sometimes everything owed. */
    private static BigDecimal amount(Random random, RepaymentSchedule schedule, LoanPosition position) {
        BigDecimal owed = position.outstanding().total();
        BigDecimal instalment = schedule.installments().get(0).total().max(new BigDecimal("0.01"));
        BigDecimal wanted = switch (random.nextInt(6)) {
            case 0 -> new BigDecimal("0.01");
            case 1 -> owed;
            case 2 -> instalment;
            default -> instalment.multiply(BigDecimal.valueOf(random.nextInt(300))).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.DOWN);
        };
        return wanted.max(new BigDecimal("0.01")).min(owed);
    }

    private static void assertInDueDateOrder(Allocation allocation) {
        List<InstallmentAllocation> parts = allocation.installments();
        assertThat(parts).allSatisfy(part -> assertThat(part.total().signum()).isPositive());
        for (int k = 1; k < parts.size(); k++) {
            assertThat(parts.get(k).installmentNumber()).isGreaterThan(parts.get(k - 1).installmentNumber());
        }
    }

    /** Fully paid instalments, then at most one paid in part (fee before interest before principal), then none. */
    private static void assertPaidInOrder(LoanPosition position) {
        boolean reachedUnpaid = false;
        for (InstallmentBalance balance : position.installments()) {
            BigDecimal paid = balance.feePaid().add(balance.interestPaid()).add(balance.principalPaid());
            if (reachedUnpaid) {
                assertThat(paid).as("instalment %d paid before an earlier one", balance.installment().number())
                        .isEqualByComparingTo(BigDecimal.ZERO);
                continue;
            }
            if (!balance.isFullyPaid()) {
                reachedUnpaid = true;
                if (balance.feeDue().signum() > 0) {
                    assertThat(balance.interestPaid().add(balance.principalPaid())).isEqualByComparingTo("0");
                }
                if (balance.interestDue().signum() > 0) {
                    assertThat(balance.principalPaid()).isEqualByComparingTo("0");
                }
            }
            assertThat(balance.feeDue().signum()).isNotNegative();
            assertThat(balance.interestDue().signum()).isNotNegative();
            assertThat(balance.principalDue().signum()).isNotNegative();
        }
    }

    private static void checkArrears(RepaymentSchedule schedule, LoanPosition position, List<Payment> payments,
            LocalDate date) {
        ArrearsStatus status = Arrears.asOf(position, date);

        assertThat(status.overdueAmount().signum()).isNotNegative();
        assertThat(status.daysInArrears()).isNotNegative();
        assertThat(status.daysInArrears() > 0).isEqualTo(status.overdueAmount().signum() > 0);
        assertThat(status.outstandingPrincipal().signum()).isNotNegative();
        assertThat(status.outstandingInterest().signum()).isNotNegative();
        assertThat(status.outstandingFee().signum()).isNotNegative();
        assertThat(status.overdueAmount()).isLessThanOrEqualTo(
                status.outstandingPrincipal().add(status.outstandingInterest()).add(status.outstandingFee()));
        if (status.nextInstallmentDue() != null) {
            assertThat(status.nextInstallmentDue().installment().dueDate()).isAfterOrEqualTo(date);
            assertThat(status.nextInstallmentDue().unpaid().signum()).isPositive();
        }
        assertThat(Arrears.asOf(schedule, payments, date)).isEqualTo(status);
    }

    private static LocalDate randomDate(Random random, RepaymentSchedule schedule) {
        LocalDate first = schedule.installments().get(0).dueDate();
        LocalDate last = schedule.installments().get(schedule.installments().size() - 1).dueDate();
        long span = last.toEpochDay() - first.toEpochDay() + 60;
        return first.minusDays(20).plusDays(random.nextInt((int) span));
    }
}
