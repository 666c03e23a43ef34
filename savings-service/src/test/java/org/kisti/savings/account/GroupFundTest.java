package org.kisti.savings.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.organisation.GroupClosed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupKind;
import org.kisti.savings.SavingsTeller;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;

/** A self-help group's fund: an account of the group, not of any member. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class GroupFundTest {

    private static final String ORG = "org-group-funds";
    private final SavingsTeller teller = new SavingsTeller(ORG);

    @Test
    void aGroupKnownFromTheMembersTopicGetsAFundThatTakesDeposits() {
        String group = "g-" + UUID.randomUUID();
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new GroupFormed(ORG, group, "b-1", GroupKind.SELF_HELP_GROUP,
                    "Jagoroni SHG", DayOfWeek.TUESDAY, "Village school", "staff-1", LocalDate.of(2026, 1, 5)), 0);
        }
        Map<String, Object> body = Map.of("groupId", group, "currency", "BDT", "openedOn", "2026-01-06");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> teller.open(body).extract().statusCode() == 201);

        String account = teller.open(body).statusCode(201).body("groupId", equalTo(group))
                .body("memberId", nullValue()).extract().path("accountId");
        teller.deposit(account, "250.00", "2026-01-13").statusCode(201).body("memberId", nullValue());
        teller.account(account).body("balance.amount", equalTo("250.00"));
    }

    @Test
    void aFundIsOpenedForAMemberOrAGroupNeverBothAndOnlyForAnOpenGroup() {
        teller.open(Map.of("memberId", "m-1", "groupId", "g-1", "currency", "BDT", "openedOn", "2026-01-06"))
                .statusCode(422).body("errors.field", hasItem("groupId"));
        teller.open(Map.of("currency", "BDT", "openedOn", "2026-01-06")).statusCode(422)
                .body("errors.field", hasItem("memberId"));
        teller.open(Map.of("groupId", "g-unknown", "currency", "BDT", "openedOn", "2026-01-06")).statusCode(422)
                .body("errors.field", hasItem("groupId"));

        String group = "g-" + UUID.randomUUID();
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new GroupFormed(ORG, group, "b-1", GroupKind.SELF_HELP_GROUP,
                    "Closed SHG", DayOfWeek.MONDAY, "Bazaar", "staff-1", LocalDate.of(2026, 1, 5)), 0);
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new GroupClosed(ORG, group, LocalDate.of(2026, 3, 1)), 1);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> teller.open(Map.of("groupId", group,
                "currency", "BDT", "openedOn", "2026-02-01")).extract().statusCode() == 201);
        teller.open(Map.of("groupId", group, "currency", "BDT", "openedOn", "2026-03-01")).statusCode(422)
                .body("errors.field", hasItem("groupId"));
    }
}
