package org.kisti.savings.withdrawal;

import java.time.LocalDate;
import org.kisti.events.Money;

/** What the withdrawal rules need of an account, assigned from its events only. */
public final class AccountState {
    public String accountId;
    public String orgId;
    public String memberId;
    public LocalDate openedOn;
    public Money balance;
    public boolean closed;
    /** The savings product it follows, or null. */
    public String productId;
}
