package org.kisti.savings.interest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Small builders so each test reads as its worked example. */
final class Given {

    private Given() {}

    static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    static Movement deposit(LocalDate valueDate, String amount) {
        return new Movement(valueDate, new BigDecimal(amount));
    }

    static Movement withdrawal(LocalDate valueDate, String amount) {
        return new Movement(valueDate, new BigDecimal(amount).negate());
    }

    static InterestPolicy daily(LocalDate from, String percent, PostingPeriod period) {
        return new InterestPolicy(from, new BigDecimal(percent), BalanceBasis.DAILY_BALANCE, period);
    }

    static InterestPolicy minimumMonthly(LocalDate from, String percent, PostingPeriod period) {
        return new InterestPolicy(from, new BigDecimal(percent), BalanceBasis.MINIMUM_MONTHLY_BALANCE, period);
    }

    static Posting posting(LocalDate start, LocalDate end, String interest) {
        return new Posting(start, end, new BigDecimal(interest));
    }
}
