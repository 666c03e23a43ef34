package org.kisti.loan.schedule.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kisti.loan.schedule.Installment;
import org.kisti.loan.schedule.InterestMethod;
import org.kisti.loan.schedule.LoanTerms;
import org.kisti.loan.schedule.RateBasis;
import org.kisti.loan.schedule.RepaymentFrequency;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.ScheduleCalculator;
import org.kisti.loan.schedule.TestLoanTerms;
import org.kisti.loan.schedule.allocation.Arrears;
import org.kisti.loan.schedule.allocation.ArrearsStatus;
import org.kisti.loan.schedule.allocation.LoanPosition;
import org.kisti.loan.schedule.allocation.Payment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the schedule engine on the KMSS loan (10000.00 BDT, 46 weekly instalments), with
 * two baselines measured in the same run so ratios can be quoted across machines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScheduleBenchmark {

    private LoanTerms flatTerms;
    private LoanTerms decliningTerms;
    private RepaymentSchedule schedule;
    private List<Payment> payments;
    private LoanPosition fullyApplied;
    private LocalDate endOfLoan;
    private LocalDate midLoan;

    @Setup
    public void setUp() {
        flatTerms = TestLoanTerms.kmssWeekly().build();
        decliningTerms = TestLoanTerms.kmssWeekly().method(InterestMethod.DECLINING_EQUAL_INSTALLMENT)
                .basis(RateBasis.PER_YEAR).rate("24").build();
        schedule = ScheduleCalculator.calculate(flatTerms);
        // 46 payments: each instalment paid on its due date, some short and caught up the next week.
        payments = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO;
        for (Installment instalment : schedule.installments()) {
            BigDecimal due = instalment.total().add(carried);
            BigDecimal paid = instalment.number() % 5 == 0 ? due.subtract(new BigDecimal("45.00")) : due;
            carried = due.subtract(paid);
            payments.add(new Payment("p" + instalment.number(), instalment.dueDate(), paid));
        }
        fullyApplied = applyAll();
        endOfLoan = schedule.installments().get(45).dueDate().plusDays(3);
        midLoan = schedule.installments().get(22).dueDate().plusDays(3);
    }

    /** Baseline 1: only the 46 due dates, the cheapest part of a schedule. */
    @Benchmark
    public List<LocalDate> baselineDueDates46() {
        List<LocalDate> dates = new ArrayList<>(46);
        for (int k = 0; k < 46; k++) {
            dates.add(RepaymentFrequency.WEEKLY.dueDate(flatTerms.firstRepaymentDate(), k));
        }
        return dates;
    }

    /** Baseline 2: a naive BigDecimal summation of the 46 instalment totals. */
    @Benchmark
    public BigDecimal baselineSumOfTotals46() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Installment instalment : schedule.installments()) {
            sum = sum.add(instalment.total());
        }
        return sum;
    }

    @Benchmark
    public RepaymentSchedule scheduleFlat46Weekly() {
        return ScheduleCalculator.calculate(flatTerms);
    }

    @Benchmark
    public RepaymentSchedule scheduleDecliningEqualInstallment46Weekly() {
        return ScheduleCalculator.calculate(decliningTerms);
    }

    /** Allocate all 46 payments from scratch, then arrears after the last due date. */
    @Benchmark
    public ArrearsStatus allocate46PaymentsThenArrears() {
        return Arrears.asOf(applyAll(), endOfLoan);
    }

    /** Arrears mid-loan on an already built position: replays the 23 payments dated up to then. */
    @Benchmark
    public ArrearsStatus arrearsMidLoanOnBuiltPosition() {
        return Arrears.asOf(fullyApplied, midLoan);
    }

    private LoanPosition applyAll() {
        LoanPosition position = LoanPosition.of(schedule);
        for (Payment payment : payments) {
            position = position.apply(payment).position();
        }
        return position;
    }
}
