package org.kisti.events.savings;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kisti.events.EventType;
import org.kisti.events.Money;

/**
 * Interest credited to the account, dated {@code periodEnd} (it earns from the next day). {@code interest} is the
 * period [{@code periodStart}, {@code periodEnd}] accrued day by day on {@code basis} (DAILY_BALANCE or
 * MINIMUM_MONTHLY_BALANCE) at the {@code rates} in force (ACTUAL/365), rounded HALF_UP to 0.01 once.
 * {@code adjustment} is a separate line for earlier periods: what they would have posted had every movement been
 * known in time, less what was posted (negative when a back-dated withdrawal earned less); so everything posted
 * always equals a recompute over all movements. {@code closing}: the interest to date paid as the account closes on
 * exit, for the part-period up to the day before the refund. {@code memberId} is null on a group's account.
 */
@EventType(name = "org.kisti.savings.SavingsInterestPosted", version = 1)
public record SavingsInterestPosted(String orgId, String accountId, String memberId, String postingId,
        LocalDate periodStart, LocalDate periodEnd, Money interest, Money adjustment, String basis,
        List<RateInForce> rates, boolean closing) implements SavingsEvent {

    public SavingsInterestPosted {
        rates = List.copyOf(rates);
    }

    /** What is credited: the period's interest and the adjustment line together. */
    public Money total() {
        return interest.plus(adjustment);
    }

    @Override
    public LocalDate businessDate() {
        return periodEnd;
    }

    /** An annual rate (percent) in force from {@code from}, within the period. */
    public record RateInForce(LocalDate from, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualRate) {}
}
