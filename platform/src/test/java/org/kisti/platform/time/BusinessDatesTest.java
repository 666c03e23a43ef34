package org.kisti.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kisti.platform.problem.ProblemException;

class BusinessDatesTest {

    @Test
    void aDateIsRead() {
        assertThat(BusinessDates.required("asOf", "2026-01-31")).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void aMissingOrImpossibleDateIsRefusedNamingAsOf() {
        for (String bad : new String[] {null, "", " ", "2026-02-30", "31/01/2026"}) {
            assertThatThrownBy(() -> BusinessDates.required("asOf", bad))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.toProblem("/").errors()).extracting("field").containsExactly("asOf");
                    });
        }
    }
}
