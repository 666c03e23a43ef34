package org.kisti.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kisti.platform.problem.ProblemException;

class BusinessDatesTest {

    @Test
    void aDateIsRead() {
        assertThat(BusinessDates.required("asOf", "2026-01-31")).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void theFirstAndLastDaysOfTheBusinessWindowAreRead() {
        assertThat(BusinessDates.required("asOf", "1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(BusinessDates.required("asOf", "2199-12-31")).isEqualTo(LocalDate.of(2199, 12, 31));
    }

    @Test
    void aMissingDateIsRefusedNamingAsOf() {
        assertRefused(null);
        assertRefused("");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "2026-02-30", "31/01/2026", " 2026-01-31", "2026-01-31 ", "2026-1-31",
            "1899-12-31", "2200-01-01", "-999999999-01-01", "+5874898-01-01", "+2026-01-31", "20260131",
            "2026-01-31T00:00", "２０２６-01-31", "0000-01-01"})
    void aDateThatIsNotExactlyYyyyMmDdInsideTheWindowIsRefusedNamingAsOf(String bad) {
        assertRefused(bad);
    }

    private static void assertRefused(String bad) {
        assertThatThrownBy(() -> BusinessDates.required("asOf", bad))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem("/").errors()).extracting("field").containsExactly("asOf");
                });
    }
}
