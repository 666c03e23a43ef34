package org.kisti.e2e;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.kisti.devstack.DevStack;
import org.kisti.devstack.KistiService;

/**
 * The whole system as the README's run command starts it (real Kafka process, real PostgreSQL, the four packaged
 * services), on ports of its own so it can run beside a developer's dev stack, in a home under target/.
 */
final class SystemUnderTest {

    private static final Path REPO_ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path HOME = REPO_ROOT.resolve("e2e-tests/target/e2e-home");

    private SystemUnderTest() {}

    static DevStack start(boolean fresh) throws Exception {
        DevStack.Options options = DevStack.Options.defaults()
                .repoRoot(REPO_ROOT)
                .home(HOME)
                .fresh(fresh)
                .postgresPort(25432)
                .kafkaPorts(29092, 29093)
                .serviceTimeout(Duration.ofSeconds(180))
                .out(new PrintStream(System.out, true));
        for (KistiService service : KistiService.values()) {
            options.servicePort(service, 18000 + service.defaultPort() % 100);
        }
        return DevStack.start(options);
    }
}
