package org.kisti.reporting.portfolio;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kisti.events.EventCatalog;
import org.kisti.events.KistiEvent;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanDisbursed.Origin;
import org.kisti.events.loan.LoanDisbursed.ScheduledInstallment;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.loan.PaymentSplit;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.organisation.BranchOpened;
import org.kisti.events.organisation.FederationUnitAffiliated;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.events.organisation.GroupAffiliated;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupKind;
import org.kisti.events.organisation.GroupOfficerAssigned;
import org.kisti.events.origination.FundRegistered;
import org.kisti.testing.CloudEventPublisher;

/**
 * Object mother for the projection's tests: facts of one fresh organisation, published as their producers would
 * (each aggregate's sequence counted here), with the amounts a test names and nothing else to remember.
 */
final class PortfolioFacts {

    static final String BDT = "BDT";
    private final String org;
    private final CloudEventPublisher publisher;
    private final Map<String, Long> sequences = new HashMap<>();

    PortfolioFacts(String org, CloudEventPublisher publisher) {
        this.org = org;
        this.publisher = publisher;
    }

    String id(String name) {
        return name + "-" + org;
    }

    PortfolioFacts publish(KistiEvent event) {
        long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum) - 1;
        publisher.publish(EventCatalog.topicOf(event.getClass()), event, sequence);
        return this;
    }

    PortfolioFacts branch(String branch, String name) {
        return publish(new BranchOpened(org, id(branch), branch.toUpperCase(), name, "Tangail", "Ghatail",
                day("2025-01-01")));
    }

    PortfolioFacts group(String group, String branch, String officer) {
        return publish(new GroupFormed(org, id(group), id(branch), GroupKind.LENDING_GROUP, "Shapla " + group,
                DayOfWeek.MONDAY, "School yard", officer, day("2025-01-06")));
    }

    PortfolioFacts officer(String group, String officer, String from) {
        return publish(new GroupOfficerAssigned(org, id(group), officer, day(from)));
    }

    PortfolioFacts unit(String unit, String level, String parent, String from) {
        publish(new FederationUnitFormed(org, id(unit), level, "Unit " + unit, day("2025-01-01")));
        return parent == null ? this : publish(new FederationUnitAffiliated(org, id(unit), id(parent), day(from)));
    }

    PortfolioFacts affiliate(String group, String unit, String from) {
        return publish(new GroupAffiliated(org, id(group), id(unit), day(from)));
    }

    PortfolioFacts fund(String fund, String funder) {
        return publish(new FundRegistered(org, id(fund), "Line " + fund, funder, BDT, day("2025-01-01")));
    }

    PortfolioFacts member(String member, String group, String enrolledOn) {
        return publish(new MemberEnrolled(org, id(member), id(group), null, "Member " + member, day(enrolledOn)));
    }

    PortfolioFacts transfer(String member, String from, String to, String on) {
        return publish(new MemberTransferred(org, id(member), id(from), id(to), null, day(on)));
    }

    /**
     * A loan with equal instalments of principal and a flat interest each, due on the given days.
     *
     * @param origin product, fund, funder and purpose, or null for a loan that recorded none
     */
    PortfolioFacts loan(String loan, String member, String principal, String interestEach, String disbursedOn,
            String[] origin, String... dueDates) {
        BigDecimal each = new BigDecimal(principal).divide(BigDecimal.valueOf(dueDates.length));
        List<ScheduledInstallment> schedule = new ArrayList<>();
        for (int i = 0; i < dueDates.length; i++) {
            schedule.add(new ScheduledInstallment(i + 1, day(dueDates[i]), new Money(each, BDT),
                    Money.of(interestEach, BDT), Money.zero(BDT)));
        }
        Origin recorded = origin == null ? null : new Origin("app-" + loan, origin[0], id(origin[1]), origin[2],
                origin[3], 1, null, null, null, Money.zero(BDT));
        return publish(new LoanDisbursed(org, id(loan), id(member), Money.of(principal, BDT), Money.zero(BDT),
                day(disbursedOn), schedule, "kisti-schedule/1", new BigDecimal("24.00"), new BigDecimal("26.82"),
                recorded));
    }

    /** A payment of one instalment's interest and principal parts, split to that instalment. */
    PortfolioFacts pay(String loan, String member, String payment, int installment, String interest, String principal,
            String on) {
        Money interestPaid = Money.of(interest, BDT);
        Money principalPaid = Money.of(principal, BDT);
        Money zero = Money.zero(BDT);
        return publish(new InstallmentPaid(org, id(loan), id(member), id(payment), interestPaid.plus(principalPaid),
                zero, interestPaid, principalPaid, zero, day(on), "kisti-allocation/1",
                List.of(new PaymentSplit(installment, zero, interestPaid, principalPaid)), List.of()));
    }

    /**
     * An early settlement of a two-instalment loan on {@code on}: what is left of instalment 1 paid late, instalment
     * 2's principal paid and its interest rebated.
     */
    PortfolioFacts settle(String loan, String member, String payment, String firstPrincipal, String firstInterest,
            String secondPrincipal, String rebatedInterest, String on) {
        Money zero = Money.zero(BDT);
        Money principal = Money.of(firstPrincipal, BDT).plus(Money.of(secondPrincipal, BDT));
        Money interest = Money.of(firstInterest, BDT);
        return publish(new LoanSettledEarly(org, id(loan), id(member), id(payment), principal.plus(interest), principal,
                interest, zero, Money.of(rebatedInterest, BDT), zero, "kisti-rebate/1", day(on),
                List.of(new PaymentSplit(1, zero, interest, Money.of(firstPrincipal, BDT)),
                        new PaymentSplit(2, zero, zero, Money.of(secondPrincipal, BDT))),
                List.of(new PaymentSplit(2, zero, Money.of(rebatedInterest, BDT), zero))));
    }

    /** A reschedule from {@code on}: the whole new schedule, instalment numbers kept, principal each as before. */
    PortfolioFacts reschedule(String loan, String member, String kind, String principalEach, String on,
            String... dueDates) {
        List<ScheduledInstallment> schedule = new ArrayList<>();
        for (int i = 0; i < dueDates.length; i++) {
            schedule.add(new ScheduledInstallment(i + 1, day(dueDates[i]), Money.of(principalEach, BDT),
                    Money.zero(BDT), Money.zero(BDT)));
        }
        return publish(new LoanRescheduled(org, id(loan), id(member), id("r-" + loan), day(on), "FLOOD", kind,
                dueDates.length, schedule, "kisti-schedule/1"));
    }

    PortfolioFacts writeOff(String loan, String member, String principal, String on) {
        return publish(new LoanWrittenOff(org, id(loan), id(member), day(on), Money.of(principal, BDT),
                Money.zero(BDT), Money.zero(BDT), 400, 365, "Classified bad", "manager-7", List.of()));
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
