package org.kisti.savings.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent recompute for a daily-balance account posted monthly at one rate: month by month, each day's
 * balance summed afresh from every movement, the rate applied once to the month's sum of balances. Slow on purpose,
 * and shaped differently from the calculator so a shared mistake is unlikely.
 */
final class NaiveMonthlyInterest {

    private NaiveMonthlyInterest() {}

    /** The monthly interest amounts, in order, of every month ending on or before {@code through}. */
    static List<BigDecimal> monthlyInterest(LocalDate openedOn, List<Movement> movements, BigDecimal rate,
            LocalDate through) {
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal interestSoFar = BigDecimal.ZERO;
        for (YearMonth month = YearMonth.from(openedOn); !month.atEndOfMonth().isAfter(through); month = month.plusMonths(1)) {
            BigDecimal sumOfBalances = BigDecimal.ZERO;
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate day = month.atDay(d);
                if (day.isBefore(openedOn)) {
                    continue;
                }
                BigDecimal balance = interestSoFar;
                for (Movement movement : movements) {
                    if (!movement.valueDate().isAfter(day)) {
                        balance = balance.add(movement.amount());
                    }
                }
                sumOfBalances = sumOfBalances.add(balance);
            }
            BigDecimal interest = sumOfBalances.multiply(rate).divide(new BigDecimal("36500"), 2, RoundingMode.HALF_UP);
            amounts.add(interest);
            interestSoFar = interestSoFar.add(interest);
        }
        return amounts;
    }
}
