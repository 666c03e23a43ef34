package org.kisti.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kisti.devstack.DevStack;

/**
 * A test class that runs against the whole system, started fresh for the class (real Kafka, real PostgreSQL, the four
 * packaged services) and stopped after it: each journey starts from an empty ledger.
 */
abstract class WholeSystemTest {

    static DevStack stack;
    static Journey journey;

    @BeforeAll
    static void startTheWholeSystem() throws Exception {
        stack = SystemUnderTest.start(true);
        journey = new Journey(stack);
    }

    @AfterAll
    static void stopIt() {
        if (stack != null) {
            stack.stop();
            stack = null;
        }
    }
}
