package org.kisti.devstack;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a developer needs once the stack is up: where everything is and a request to paste. */
final class ReadyBanner {
    private ReadyBanner() {
    }

    static void print(DevStack stack, PrintStream out) {
        Path home = stack.home();
        Path cwd = Path.of("").toAbsolutePath();
        // Relative paths make the curl line shorter when run from the repository root, as the README does.
        Path tokens = home.startsWith(cwd) ? cwd.relativize(home.resolve("tokens")) : home.resolve("tokens");
        out.println();
        out.println("================ Kisti dev stack is up ================");
        if (!stack.options().infraOnly()) {
            for (KistiService service : KistiService.values()) {
                String url = stack.serviceUrl(service);
                out.printf("%-18s %s   swagger %s/q/swagger-ui   openapi %s/q/openapi   metrics %s/q/metrics%n",
                        service.module(), url, url, url, url);
            }
        } else {
            out.println("Infrastructure only (--infra-only): no services started.");
        }
        out.println("Kafka bootstrap    " + stack.kafkaBootstrapServers() + "   topics " + DevStack.TOPICS);
        out.println("PostgreSQL         " + stack.jdbcUrl(KistiService.MEMBER).replace(KistiService.MEMBER.database(), "<db>")
                + "   user " + stack.postgresUser() + " / password " + stack.postgresPassword()
                + "   databases kisti_member, kisti_savings, kisti_loan, kisti_reporting");
        out.println("Home               " + home + "   (logs/, postgres/, kafka/, keys/, tokens/)");
        out.println("Public key         " + stack.devTokens().publicKeyPem() + "   issuer " + DevTokens.ISSUER);
        out.println();
        out.println("Tokens (" + tokens + "/<name>.jwt, valid " + DevTokens.LIFETIME.toHours() + " h):");
        stack.tokens().forEach((name, token) -> out.printf("  %-12s %s%n", name, token));
        out.println();
        out.println("Try (open a branch as org-demo staff; then form a group and enrol, as the README shows):");
        out.println("  curl -si -X POST -H \"Authorization: Bearer $(cat " + tokens.resolve("staff.jwt") + ")\" \\");
        out.println("       -H 'Content-Type: application/json' \\");
        out.println("       -d '{\"name\":\"Dhanmondi\",\"code\":\"DHK-07\",\"district\":\"Dhaka\","
                + "\"subDistrict\":\"Dhanmondi\",\"openedOn\":\"2026-01-05\"}' \\");
        out.println("       " + stack.serviceUrl(KistiService.MEMBER) + "/v1/orgs/org-demo/branches");
        out.println();
        out.println("Ctrl-C stops everything.");
    }
}
