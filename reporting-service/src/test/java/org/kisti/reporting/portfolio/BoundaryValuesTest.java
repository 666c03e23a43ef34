package org.kisti.reporting.portfolio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.kisti.events.EventCatalog.LOANS_TOPIC;
import static org.kisti.events.EventCatalog.MEMBERS_TOPIC;
import static org.kisti.events.EventCatalog.SAVINGS_TOPIC;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.events.BusinessWindow;
import org.kisti.events.Identifier;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/**
 * Every value the write services' edge accepts must be one this projection can store: the longest identifiers, the
 * largest amount and the first and last days of the business window go in over Kafka and come out in the report.
 */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class BoundaryValuesTest {

    private static final String MAX = Money.MAX_AMOUNT.toPlainString();

    @Inject
    DataSource dataSource;

    @Test
    void theLongestIdsTheLargestAmountsAndTheWindowsEdgesAreProjectedAndReported() {
        String org = longestId("org");
        String member = longestId("m");
        String account = longestId("s");
        String loan = longestId("l");
        Money max = new Money(Money.MAX_AMOUNT, "BDT");
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(MEMBERS_TOPIC, new MemberEnrolled(org, member, longestId("g"), null, "Rahima Begum",
                    BusinessWindow.FIRST_DAY), 0);
            publisher.publish(SAVINGS_TOPIC, new SavingsAccountOpened(org, account, member, null, "BDT",
                    BusinessWindow.FIRST_DAY, null), 0);
            publisher.publish(SAVINGS_TOPIC, new SavingsDeposited(org, account, member, longestId("d"), max, max,
                    BusinessWindow.LAST_DAY), 1);
            publisher.publish(LOANS_TOPIC, new LoanDisbursed(org, loan, member, max, Money.zero("BDT"),
                    BusinessWindow.FIRST_DAY, List.of(), "kisti-schedule/1", new BigDecimal("100"),
                    new BigDecimal("999.99"), null), 0);
            publisher.publish(LOANS_TOPIC, new InstallmentPaid(org, loan, member, longestId("p"), max,
                    Money.zero("BDT"), Money.zero("BDT"), max, Money.zero("BDT"), BusinessWindow.LAST_DAY, "kisti-allocation/1", List.of(), List.of()), 1);
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor(org))
                        .when().get("/v1/orgs/{org}/portfolio?asOf={asOf}", org, BusinessWindow.LAST_DAY.toString())
                        .then().statusCode(200)
                        .body("orgId", equalTo(org))
                        .body("totals.activeMembers", equalTo(1))
                        .body("totals.savingsOutstanding", equalTo(List.of(Map.of("amount", MAX, "currency", "BDT"))))
                        .body("totals.loansDisbursed.amount", equalTo(List.of(Map.of("amount", MAX, "currency", "BDT"))))
                        .body("totals.loanOutstanding", equalTo(List.of(Map.of("amount", "0.00", "currency", "BDT")))));
        given().auth().oauth2(TestTokens.auditor(org))
                .when().get("/v1/orgs/{org}/portfolio?asOf={asOf}", org, BusinessWindow.FIRST_DAY.toString())
                .then().statusCode(200)
                .body("totals.activeBorrowers", equalTo(1))
                .body("totals.loanOutstanding", equalTo(List.of(Map.of("amount", MAX, "currency", "BDT"))));
    }

    @Test
    void everyIdColumnHoldsTheLongestIdAndEveryAmountColumnTheLargestAmount() throws SQLException {
        int amountDigits = Money.MAX_AMOUNT.precision() - Money.MAX_AMOUNT.scale();
        try (Connection connection = dataSource.getConnection();
                ResultSet columns = connection.createStatement().executeQuery("""
                        select table_name, column_name, data_type, character_maximum_length,
                               numeric_precision, numeric_scale
                        from information_schema.columns
                        where table_schema = current_schema() and table_name not like 'flyway%'""")) {
            int checked = 0;
            while (columns.next()) {
                String column = columns.getString("table_name") + "." + columns.getString("column_name");
                if (column.endsWith("_id")) {
                    assertThat(columns.getInt("character_maximum_length")).as(column)
                            .isGreaterThanOrEqualTo(Identifier.MAX_LENGTH);
                    checked++;
                } else if ("numeric".equals(columns.getString("data_type"))) {
                    assertThat(columns.getInt("numeric_precision") - columns.getInt("numeric_scale")).as(column)
                            .isGreaterThanOrEqualTo(amountDigits);
                    assertThat(columns.getInt("numeric_scale")).as(column).isGreaterThanOrEqualTo(2);
                    checked++;
                }
            }
            assertThat(checked).as("id and amount columns found").isGreaterThan(10);
        }
    }

    /** An identifier of exactly the longest length the edge accepts, unique to this run. */
    private static String longestId(String prefix) {
        String id = prefix + "-" + UUID.randomUUID() + "-" + "x".repeat(Identifier.MAX_LENGTH);
        return id.substring(0, Identifier.MAX_LENGTH);
    }
}
