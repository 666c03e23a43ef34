package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.KistiService;

/**
 * A consuming service dies the hard way (SIGKILL) while enrolments stream to it, and starts again: its inbox must
 * apply every enrolment exactly once, neither losing the ones in flight nor applying a redelivered one twice.
 */
class ConsumerCrashTest extends WholeSystemTest {

    private static final int ENROLMENTS = 300;

    @Test
    void aSavingsServiceKilledMidStreamAppliesEveryEnrolmentExactlyOnceAfterItsRestart() throws Exception {
        List<String> enrolled = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> fieldApp = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < ENROLMENTS; i++) {
                enrolled.add(journey.enrol("Member " + i, "2026-01-05"));
            }
        });
        while (enrolled.size() < ENROLMENTS / 3 && !fieldApp.isDone()) {
            Thread.sleep(20);
        }
        stack.killAndRestart(KistiService.SAVINGS);
        fieldApp.get();

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (count("select count(*) from known_member") < ENROLMENTS && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        // A member applied twice would break known_member's key and be parked; one lost would be missing.
        assertThat(count("select count(*) from known_member")).isEqualTo(ENROLMENTS);
        // Every fact on the members topic is handled once: the enrolments, and the branch and group they joined.
        assertThat(count("select count(distinct event_id) from inbox_handled")).isEqualTo(ENROLMENTS + 2);
        assertThat(count("select count(*) from parked_record")).isZero();
        assertThat(journey.openSavings(enrolled.get(ENROLMENTS - 1), "2026-01-05")).isNotBlank();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(KistiService.SAVINGS),
                stack.postgresUser(), stack.postgresPassword());
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
