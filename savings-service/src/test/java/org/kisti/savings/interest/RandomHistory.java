package org.kisti.savings.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A generated account history for the property tests: same seed, same history. */
record RandomHistory(LocalDate openedOn, List<Movement> movements, List<InterestPolicy> policies, LocalDate through) {

    private static final LocalDate EARLIEST_OPENING = LocalDate.of(2024, 1, 1);

    /** Any history: movements of either sign, before and after the opening, under one to three policies. */
    static RandomHistory any(Random random) {
        LocalDate openedOn = EARLIEST_OPENING.plusDays(random.nextInt(3 * 365));
        LocalDate through = openedOn.plusDays(60 + random.nextInt(900));
        List<InterestPolicy> policies = new ArrayList<>();
        int versions = 1 + random.nextInt(3);
        for (int i = 0; i < versions; i++) {
            LocalDate from = openedOn.minusDays(60).plusDays(random.nextInt(dayCount(openedOn.minusDays(60), through)));
            BalanceBasis basis = BalanceBasis.values()[random.nextInt(BalanceBasis.values().length)];
            PostingPeriod period = PostingPeriod.values()[random.nextInt(PostingPeriod.values().length)];
            policies.add(new InterestPolicy(from, rate(random), basis, period));
        }
        return new RandomHistory(openedOn, movements(random, openedOn, through), List.copyOf(policies), through);
    }

    /** A daily-balance account posted monthly under one policy in force from before its opening. */
    static RandomHistory dailyMonthly(Random random) {
        LocalDate openedOn = EARLIEST_OPENING.plusDays(random.nextInt(3 * 365));
        LocalDate through = openedOn.plusDays(60 + random.nextInt(900));
        InterestPolicy policy = new InterestPolicy(openedOn.minusDays(random.nextInt(400)), rate(random),
                BalanceBasis.DAILY_BALANCE, PostingPeriod.MONTHLY);
        return new RandomHistory(openedOn, movements(random, openedOn, through), List.of(policy), through);
    }

    private static List<Movement> movements(Random random, LocalDate openedOn, LocalDate through) {
        List<Movement> movements = new ArrayList<>();
        int count = random.nextInt(25);
        LocalDate from = openedOn.minusDays(10);
        for (int i = 0; i < count; i++) {
            LocalDate valueDate = from.plusDays(random.nextInt(dayCount(from, through.plusDays(30))));
            movements.add(new Movement(valueDate, amount(random)));
        }
        return List.copyOf(movements);
    }

    /** Cents between −500.00 and 2,000.00, so some balances go negative. */
    static BigDecimal amount(Random random) {
        return BigDecimal.valueOf(random.nextInt(250_001) - 50_000L, 2);
    }

    /** 0.0 % to 15.0 % in tenths. */
    private static BigDecimal rate(Random random) {
        return BigDecimal.valueOf(random.nextInt(151), 1);
    }

    private static int dayCount(LocalDate from, LocalDate to) {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }
}
