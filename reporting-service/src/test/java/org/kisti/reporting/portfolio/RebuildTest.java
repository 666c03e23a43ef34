package org.kisti.reporting.portfolio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** The operator's rebuild from offset 0 into fresh tables: the same figures for every date, and the feed goes on. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class RebuildTest {

    private static final List<String> QUERIES = List.of("asOf=2026-01-31", "asOf=2026-02-28&groupBy=branch",
            "asOf=2026-03-31&groupBy=officer", "asOf=2026-03-31&groupBy=fund&from=2026-01-01");

    @Inject
    DataSource dataSource;

    @Test
    void aRebuildFromOffsetZeroGivesTheSameFiguresForEveryDateAndTheFeedGoesOnAfterIt() {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String[] origin = {"jagoron", "f-1", "pksf", "TRADE"};
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            PortfolioFacts facts = new PortfolioFacts(org, publisher).branch("br-1", "Ghatail").group("g-1", "br-1",
                    "o-1").officer("g-1", "o-2", "2026-03-01").fund("f-1", "pksf")
                    .member("m-1", "g-1", "2026-01-05").member("m-2", "g-1", "2026-01-05")
                    .loan("l-1", "m-1", "3000.00", "30.00", "2026-01-05", origin, "2026-02-01", "2026-03-01",
                            "2026-04-01")
                    .loan("l-2", "m-2", "2000.00", "20.00", "2026-01-05", null, "2026-02-01", "2026-03-01")
                    .pay("l-1", "m-1", "p-1", 1, "30.00", "1000.00", "2026-02-01")
                    .pay("l-2", "m-2", "p-2", 1, "20.00", "1000.00", "2026-02-10");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    report(org, "asOf=2026-03-31").body("totals.loanOutstanding[0].amount", equalTo("3000.00")));
            Map<String, Object> before = reports(org);

            given().auth().oauth2(TestTokens.mint("ops", List.of("admin"), List.of(org)))
                    .when().post("/v1/admin/projection/rebuild")
                    .then().statusCode(200).body("applied", greaterThan(0))
                    .body("retiredSchema", startsWith("projection_retired_"));

            assertThat(reports(org)).isEqualTo(before);
            facts.pay("l-1", "m-1", "p-3", 2, "30.00", "1000.00", "2026-03-01");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    report(org, "asOf=2026-03-31").body("totals.loanOutstanding[0].amount", equalTo("2000.00")));
        }
        given().auth().oauth2(TestTokens.staff("org-x")).when().post("/v1/admin/projection/rebuild")
                .then().statusCode(403);
    }

    @Test
    void loansMarkedForDerivingAfterAnUpgradeAreDerivedAgainWithTheSameFigures() throws Exception {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            new PortfolioFacts(org, publisher).branch("br-1", "Ghatail").group("g-1", "br-1", "o-1")
                    .member("m-1", "g-1", "2026-01-05")
                    .loan("l-" + org, "m-1", "3000.00", "30.00", "2026-01-05", null, "2026-02-01", "2026-03-01")
                    .pay("l-" + org, "m-1", "p-" + org, 1, "30.00", "1000.00", "2026-02-01");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    report(org, "asOf=2026-03-31").body("totals.loanOutstanding[0].amount", equalTo("2000.00")));
            Map<String, Object> before = reports(org);

            // What V10 does to every loan projected before it: no standing yet, marked to be derived.
            try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
                statement.execute("delete from loan_standing where loan_id = 'l-" + org + "'");
                statement.execute("insert into loan_standing_due values ('l-" + org + "')");
            }

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(reports(org)).isEqualTo(before));
        }
    }

    /** Each query's whole answer but its provenance (which the live consumers may have moved on). */
    private static Map<String, Object> reports(String org) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String query : QUERIES) {
            Map<String, Object> answer = new LinkedHashMap<>(report(org, query).extract().jsonPath().getMap(""));
            answer.remove("provenance");
            answers.put(query, answer);
        }
        return answers;
    }

    private static io.restassured.response.ValidatableResponse report(String org, String query) {
        return given().auth().oauth2(TestTokens.staff(org)).when().get("/v1/orgs/" + org + "/portfolio?" + query)
                .then().statusCode(200);
    }
}
