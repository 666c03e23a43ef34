package org.kisti.loan.servicing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.KistiTestResource;

/** A flood reschedules a group: every open loan gets the moratorium, and a loan repaid is left alone. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class RescheduleResourceTest {

    @Inject
    MembersView members;

    private LoanDesk desk;

    @BeforeEach
    void desk() {
        desk = new LoanDesk("org-floods", members);
    }

    @Test
    void aFloodReschedulesEveryOpenLoanOfTheGroupAndItsArrearsCountTheNewSchedule() {
        String first = desk.disbursedLoan();
        String second = desk.disbursedLoan();
        desk.repay(first, "245.00", "2026-01-19").statusCode(201);
        Map<String, Object> moratorium = Map.of("effectiveOn", "2026-02-01", "reason", "FLOOD",
                "moratoriumPeriods", 4);

        desk.moving("staff", "/reschedules", Map.of("groupId", "g-7", "terms", moratorium)).statusCode(403);
        desk.moving("admin", "/reschedules", Map.of("groupId", "g-7", "terms", moratorium)).statusCode(201)
                .body("rescheduled", equalTo(2));
        // Instalment 3 (2 February) moved to 2 March: on 10 February only instalment 2 (26 January) is overdue.
        desk.read("/loans/" + first + "/arrears?asOf=2026-02-10").body("overdueAmount", equalTo("245.00"))
                .body("daysInArrears", equalTo(15));
        desk.read("/loans/" + second + "/arrears?asOf=2026-01-30").body("daysInArrears", equalTo(11));

        desk.moving("admin", "/loans/" + first + "/reschedule", Map.of("effectiveOn", "2026-01-10", "reason",
                "CYCLONE", "moratoriumPeriods", 2)).statusCode(422).body("errors.field", hasItem("effectiveOn"));
        desk.moving("admin", "/loans/" + first + "/reschedule", Map.of("effectiveOn", "2026-03-01", "reason",
                "CYCLONE", "moratoriumPeriods", 2, "restructureInstallments", 20)).statusCode(400)
                .body("errors.field", hasItem("restructureInstallments"));
    }
}
