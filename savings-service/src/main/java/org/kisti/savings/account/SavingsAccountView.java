package org.kisti.savings.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;

@Schema(name = "SavingsAccount")
public record SavingsAccountView(
        String accountId, String orgId, String memberId, LocalDate openedOn, Money balance,
        List<SavingsDeposited> deposits) {

    public static SavingsAccountView opened(SavingsAccountOpened opened) {
        return new SavingsAccountView(opened.accountId(), opened.orgId(), opened.memberId(), opened.openedOn(),
                Money.zero(opened.currency()), List.of());
    }

    /** The account as its events say it is now. */
    public static SavingsAccountView from(List<SavingsEvent> history) {
        SavingsAccountView view = null;
        List<SavingsDeposited> deposits = new ArrayList<>();
        for (SavingsEvent event : history) {
            if (event instanceof SavingsAccountOpened opened) {
                view = opened(opened);
            } else if (event instanceof SavingsDeposited deposited) {
                deposits.add(deposited);
                view = new SavingsAccountView(view.accountId(), view.orgId(), view.memberId(), view.openedOn(),
                        deposited.balanceAfter(), List.copyOf(deposits));
            }
        }
        return view;
    }
}
