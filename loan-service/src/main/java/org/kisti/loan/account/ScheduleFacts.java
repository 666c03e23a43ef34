package org.kisti.loan.account;

import java.util.List;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanDisbursed.ScheduledInstallment;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.loan.schedule.Installment;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.Totals;

/** Moves a schedule between the engine's form and the published event's, both ways, losing nothing. */
public final class ScheduleFacts {

    private ScheduleFacts() {}

    public static List<ScheduledInstallment> published(RepaymentSchedule schedule) {
        String currency = schedule.currency();
        return schedule.installments().stream()
                .map(i -> new ScheduledInstallment(i.number(), i.dueDate(), new Money(i.principal(), currency),
                        new Money(i.interest(), currency), new Money(i.fee(), currency)))
                .toList();
    }

    public static RepaymentSchedule fromEvent(LoanDisbursed event) {
        List<Installment> installments = event.schedule().stream()
                .map(i -> new Installment(i.number(), i.dueDate(), i.principal().amount(), i.interest().amount(),
                        i.fee().amount()))
                .toList();
        return new RepaymentSchedule(event.principal().currency(), installments, Totals.of(installments),
                event.upfrontCharge().amount(), event.nominalAnnualRate(), event.effectiveAnnualRate(),
                event.calculator());
    }

    /** A rescheduled loan's schedule: its own instalments and engine version, the loan's upfront charge and rates. */
    public static RepaymentSchedule rescheduled(RepaymentSchedule before, List<ScheduledInstallment> schedule,
            String calculator) {
        List<Installment> installments = schedule.stream()
                .map(i -> new Installment(i.number(), i.dueDate(), i.principal().amount(), i.interest().amount(),
                        i.fee().amount()))
                .toList();
        return new RepaymentSchedule(before.currency(), installments, Totals.of(installments), before.upfrontCharge(),
                before.nominalAnnualRate(), before.effectiveAnnualRate(), calculator);
    }
}
