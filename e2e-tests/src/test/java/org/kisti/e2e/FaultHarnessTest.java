package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.chaos.FaultHarness;
import org.kisti.devstack.chaos.Verdict;

/**
 * The fault harness's short run (deploy/chaos.sh runs the long one): field apps enrol, deposit, disburse and collect
 * while PostgreSQL, the loan service and Kafka are killed with SIGKILL and started again. Seed 4's schedule kills
 * PostgreSQL 10 s into the load, the loan service at 22 s and Kafka at 37 s. The stack is its own (fresh, own ports).
 */
class FaultHarnessTest {

    private static final Path REPO_ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void nothingAcceptedIsLostOrDoubledWhenTheDatabaseAServiceAndTheBrokerAreKilledUnderLoad() throws Exception {
        Verdict verdict = FaultHarness.run(FaultHarness.Options.defaults()
                .seed(4)
                .faults(3)
                .spacing(Duration.ofSeconds(15))
                .infrastructureDown(Duration.ofSeconds(5))
                .repo(REPO_ROOT)
                .home(REPO_ROOT.resolve("e2e-tests/target/chaos-home"))
                .portBase(28380)
                .out(new PrintStream(System.out, true)));

        assertThat(verdict.passed()).as("the audit after the faults:%n%s", verdict).isTrue();
    }
}
