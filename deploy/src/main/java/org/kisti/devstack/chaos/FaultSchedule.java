package org.kisti.devstack.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.kisti.devstack.Component;

/**
 * Which component dies when, derived from the seed alone: the same seed gives the same faults in the same order at
 * the same offsets, so a failing run can be run again. Every component is hit once before any is hit twice (in a
 * seeded order), so six faults cover PostgreSQL, Kafka and each service.
 */
public final class FaultSchedule {

    /**
     * One fault: kill {@code target} at {@code at} after the load starts, keep it down for {@code down}, start it.
     * Services come back at once (a supervisor restarts them); PostgreSQL and Kafka stay down as an outage would.
     */
    public record Fault(int number, Duration at, Component target, Duration down) {}

    private FaultSchedule() {}

    /**
     * @param spacing the mean gap between faults; each gap is between half and one and a half of it
     * @param infrastructureDown how long PostgreSQL or Kafka stays down
     */
    public static List<Fault> of(long seed, int faults, Duration spacing, Duration infrastructureDown) {
        Random random = new Random(seed);
        List<Component> order = new ArrayList<>();
        List<Fault> schedule = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < faults; i++) {
            if (order.isEmpty()) {
                order.addAll(Arrays.asList(Component.values()));
                Collections.shuffle(order, random);
            }
            Component target = order.remove(0);
            at += spacing.toMillis() / 2 + (long) (random.nextDouble() * spacing.toMillis());
            Duration down = target.service().isPresent() ? Duration.ZERO : infrastructureDown;
            schedule.add(new Fault(i + 1, Duration.ofMillis(at), target, down));
        }
        return List.copyOf(schedule);
    }
}
