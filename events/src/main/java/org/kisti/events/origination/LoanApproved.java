package org.kisti.events.origination;

import java.time.LocalDate;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * The application was approved on {@code approvedOn} under the product version from {@code productVersionFrom}, for
 * her loan {@code cycle}, with {@code activeLoans} other loans open, her savings at {@code savingsSeen} and
 * {@code trainedWeeks} weeks of training on that date: what it was judged on, so an auditor sees why.
 */
@EventType(name = "org.kisti.loans.LoanApproved", version = 1)
public record LoanApproved(String orgId, String applicationId, String memberId, LocalDate approvedOn,
        String approvedBy, LocalDate productVersionFrom, int cycle, int activeLoans, Money savingsSeen,
        int trainedWeeks) implements OriginationEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }

    @Override
    public LocalDate businessDate() {
        return approvedOn;
    }
}
