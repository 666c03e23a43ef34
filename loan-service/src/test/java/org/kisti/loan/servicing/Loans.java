package org.kisti.loan.servicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.loan.account.ScheduleFacts;
import org.kisti.loan.repayment.RecordRepayment;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.ScheduleCalculator;
import org.kisti.loan.schedule.TestLoanTerms;

/**
 * The object mother of servicing tests: a disbursed loan's history, grown by the servicing rules themselves (each
 * decision's events appended, as the aggregate would), and its state as those events say.
 */
public final class Loans {

    public static final LocalDate DISBURSED = LocalDate.of(2026, 1, 5);
    public static final LocalDate FIRST_DUE = LocalDate.of(2026, 1, 19);

    public final List<LoanEvent> history = new ArrayList<>();

    /** KMSS's weekly loan of 10,000 in 46 instalments (245.00 a week, the last less; 11,250 in all). */
    public static Loans kmssWeekly() {
        Loans loans = new Loans();
        RepaymentSchedule schedule = ScheduleCalculator.calculate(TestLoanTerms.kmssWeekly().build());
        loans.history.add(new LoanDisbursed("org", "l-1", "m-1", Money.of("10000.00", "BDT"),
                new Money(schedule.upfrontCharge(), "BDT"), DISBURSED, ScheduleFacts.published(schedule),
                schedule.calculator(), schedule.nominalAnnualRate(), schedule.effectiveAnnualRate(), null));
        return loans;
    }

    public LoanState state() {
        return LoanState.of(history);
    }

    public List<LoanEvent> pay(String paymentId, String amount, LocalDate on) {
        return record(RepaymentRules.pay(state(), new RecordRepayment("org", "l-1", paymentId,
                Money.of(amount, "BDT"), on)));
    }

    List<LoanEvent> reverse(String paymentId, LocalDate on) {
        return record(RepaymentRules.reverse(state(), new ReverseRepayment("org", "l-1", paymentId,
                "Entered against the wrong loan", "manager-7", on)));
    }

    public BigDecimal owed() {
        return state().position().outstanding().total();
    }

    private List<LoanEvent> record(List<LoanEvent> events) {
        history.addAll(events);
        return events;
    }
}
