package org.kisti.reporting.portfolio;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.EventFixtures;
import org.kisti.events.KistiEvent;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/**
 * The consumer side of the published contract: every type in the catalog, as its producer pins it
 * ({@link EventFixtures}), goes through the real topic into the projection and shows in the report. A producer change
 * that breaks this reader fails here, not in production.
 */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class PublishedFixturesContractTest {

    /** The organisation every published fixture belongs to. */
    private static final String FIXTURE_ORG = "org-demo";

    @Test
    void everyPublishedFixtureIsProjectedIntoTheReport() {
        // Each aggregate's fixtures in catalog order, numbered as its producer would: m-1 enrols, trains, transfers and
        // leaves on 2026-06-30; s-1 is opened, gets 100.00, gives back 40.00 on 2026-03-02 and closes (its interest is
        // dated 2026-06-30); l-1 is paid once, and that payment is reversed, so it counts at no date.
        Map<String, Long> sequences = new java.util.HashMap<>();
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            for (Class<? extends KistiEvent> type : EventCatalog.types()) {
                KistiEvent example = EventFixtures.example(type);
                long sequence = sequences.merge(example.aggregateId(), 1L, Long::sum) - 1;
                publisher.send(EventCatalog.topicOf(type), EventCatalog.ceType(type), example.aggregateId(),
                        example.orgId(), sequence, example.businessDate().toString(), EventFixtures.json(type),
                        UUID.randomUUID().toString());
            }
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                portfolio("2026-06-29")
                        .body("totals.activeMembers", equalTo(1))
                        .body("totals.activeBorrowers", equalTo(1))
                        .body("totals.savingsOutstanding", equalTo(List.of(Map.of("amount", "60.00", "currency", "BDT"))))
                        .body("totals.loansDisbursed.count", equalTo(1))
                        .body("totals.loanOutstanding", equalTo(List.of(Map.of("amount", "10000.00", "currency", "BDT")))));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                portfolio("2026-06-30").body("totals.activeMembers", equalTo(0)));
    }

    private static io.restassured.response.ValidatableResponse portfolio(String asOf) {
        return given().auth().oauth2(TestTokens.auditor(FIXTURE_ORG))
                .when().get("/v1/orgs/{org}/portfolio?asOf={day}", FIXTURE_ORG, asOf)
                .then().statusCode(200);
    }
}
