package org.kisti.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InForceTest {

    record Version(String name, LocalDate from) {}

    private static final List<Version> VERSIONS = List.of(
            new Version("first", LocalDate.of(2026, 1, 1)),
            new Version("second", LocalDate.of(2026, 3, 1)),
            new Version("second, corrected the same day", LocalDate.of(2026, 3, 1)));

    @Test
    void theVersionInForceIsTheLatestDatedOnOrBeforeTheDay() {
        assertThat(InForce.on(VERSIONS, Version::from, LocalDate.of(2026, 2, 28))).map(Version::name)
                .contains("first");
    }

    @Test
    void ofTwoVersionsOfOneDateTheLaterRecordedIsInForce() {
        assertThat(InForce.on(VERSIONS, Version::from, LocalDate.of(2026, 3, 1))).map(Version::name)
                .contains("second, corrected the same day");
    }

    @Test
    void beforeTheFirstVersionNoneIsInForce() {
        assertThat(InForce.on(VERSIONS, Version::from, LocalDate.of(2025, 12, 31))).isEmpty();
    }
}
