package org.kisti.loan.servicing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventCatalog;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupKind;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;

/** The field officer's follow-up list, by group and by officer, the oldest arrears first. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class FollowUpResourceTest {

    private static final String ORG = "org-follow-up";

    @Inject
    MembersView members;

    private LoanDesk desk;

    @BeforeEach
    void desk() {
        desk = new LoanDesk(ORG, members);
    }

    @Test
    void aGroupsAndItsOfficersLoansInArrearsAreListedOldestFirstAndLoansUpToDateAreNot() {
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            // The members of MemberFacts belong to g-7; its field officer is staff-9 from 2025.
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new GroupFormed(ORG, "g-7", "b-1", GroupKind.LENDING_GROUP,
                    "Shapla", DayOfWeek.MONDAY, "Courtyard", "staff-9", LocalDate.of(2025, 6, 1)), 0);
        }
        String upToDate = desk.disbursedLoan();
        desk.repay(upToDate, "490.00", "2026-01-26").statusCode(201);
        String oneBehind = desk.disbursedLoan();
        desk.repay(oneBehind, "245.00", "2026-01-19").statusCode(201);
        String nothingPaid = desk.disbursedLoan();

        desk.read("/loans-in-arrears?groupId=g-7&asOf=2026-01-27").statusCode(200)
                .body("loans", hasSize(2))
                .body("loans[0].loanId", equalTo(nothingPaid)).body("loans[0].daysInArrears", equalTo(8))
                .body("loans[0].overdueAmount", equalTo("490.00"))
                .body("loans[1].loanId", equalTo(oneBehind)).body("loans[1].daysInArrears", equalTo(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                desk.read("/loans-in-arrears?officerId=staff-9&asOf=2026-01-27").statusCode(200)
                        .body("loans", hasSize(2)));
        desk.read("/loans-in-arrears?officerId=staff-1&asOf=2026-01-27").statusCode(200).body("loans", hasSize(0));
        desk.read("/loans-in-arrears?asOf=2026-01-27").statusCode(400).body("errors.field", hasItem("groupId"));
    }
}
