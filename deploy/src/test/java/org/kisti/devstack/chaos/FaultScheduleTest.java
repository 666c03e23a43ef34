package org.kisti.devstack.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.Component;

class FaultScheduleTest {

    private static final Duration SPACING = Duration.ofSeconds(12);
    private static final Duration DOWN = Duration.ofSeconds(10);

    @Test
    void theSameSeedGivesTheSameFaultsAtTheSameOffsets() {
        assertThat(FaultSchedule.of(2026, 100, SPACING, DOWN)).isEqualTo(FaultSchedule.of(2026, 100, SPACING, DOWN));
        assertThat(FaultSchedule.of(2026, 12, SPACING, DOWN)).isNotEqualTo(FaultSchedule.of(2027, 12, SPACING, DOWN));
    }

    @Test
    void everyComponentIsKilledOnceBeforeAnyIsKilledTwice() {
        List<FaultSchedule.Fault> schedule = FaultSchedule.of(4, 12, SPACING, DOWN);

        Set<Component> firstRound = EnumSet.noneOf(Component.class);
        Set<Component> secondRound = EnumSet.noneOf(Component.class);
        schedule.subList(0, 6).forEach(fault -> firstRound.add(fault.target()));
        schedule.subList(6, 12).forEach(fault -> secondRound.add(fault.target()));
        assertThat(firstRound).containsExactlyInAnyOrder(Component.values());
        assertThat(secondRound).containsExactlyInAnyOrder(Component.values());
    }

    @Test
    void onlyTheDatabaseAndTheBrokerStayDownServicesComeBackAtOnce() {
        for (FaultSchedule.Fault fault : FaultSchedule.of(7, 6, SPACING, DOWN)) {
            assertThat(fault.down()).isEqualTo(fault.target().service().isPresent() ? Duration.ZERO : DOWN);
        }
    }

    @Test
    void faultsComeInOrderWithGapsBetweenHalfAndOneAndAHalfOfTheSpacing() {
        List<FaultSchedule.Fault> schedule = FaultSchedule.of(11, 50, SPACING, DOWN);
        Duration previous = Duration.ZERO;
        for (FaultSchedule.Fault fault : schedule) {
            Duration gap = fault.at().minus(previous);
            assertThat(gap).isBetween(SPACING.dividedBy(2), SPACING.multipliedBy(3).dividedBy(2));
            previous = fault.at();
        }
    }
}
