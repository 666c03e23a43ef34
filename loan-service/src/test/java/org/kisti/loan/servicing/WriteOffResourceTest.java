package org.kisti.loan.servicing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** A loan lost and money found: head office writes off under the dated policy, staff post recoveries. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class WriteOffResourceTest {

    private static final String ORG = "org-write-offs";

    @Inject
    MembersView members;

    private LoanDesk desk;

    @BeforeEach
    void desk() {
        desk = new LoanDesk(ORG, members);
    }

    @Test
    void aLoanIsWrittenOffOnlyByHeadOfficeOnceThePolicysDaysAreReachedAndLaterMoneyIsARecovery() {
        given().auth().oauth2(TestTokens.mint("admin", List.of("admin"), List.of(ORG)))
                .contentType("application/json").body(Map.of("effectiveFrom", "2026-01-01", "minDaysInArrears", 180))
                .when().put("/v1/orgs/{org}/write-off-policy", ORG).then().statusCode(200)
                .body("[0].minDaysInArrears", equalTo(180));
        String loan = desk.disbursedLoan();
        // Nothing paid: instalment 1, due 19 January, is 179 days overdue on 17 July and 180 on 18 July.
        Map<String, Object> early = Map.of("writtenOffOn", "2026-07-17", "reason", "Classified bad");
        desk.moving("admin", "/loans/" + loan + "/write-off", early).statusCode(422)
                .body("errors.field", hasItem("writtenOffOn"));
        Map<String, Object> due = Map.of("writtenOffOn", "2026-07-18", "reason", "Classified bad");
        desk.moving("staff", "/loans/" + loan + "/write-off", due).statusCode(403);
        desk.moving("admin", "/loans/" + loan + "/write-off", due).statusCode(201)
                .body("principal.amount", equalTo("10000.00")).body("daysInArrears", equalTo(180));

        desk.read("/loans/" + loan).body("status", equalTo("WRITTEN_OFF"))
                .body("principalOutstanding.amount", equalTo("0.00"));
        desk.read("/loans/" + loan + "/arrears?asOf=2026-08-01").body("overdueAmount", equalTo("0.00"));
        desk.repay(loan, "245.00", "2026-08-01").statusCode(422).body("errors.field", hasItem("loanId"));
        desk.moving("staff", "/loans/" + loan + "/recoveries", Map.of("amount", "500.00", "currency", "BDT",
                "recoveredOn", "2026-08-01")).statusCode(201).body("amount.amount", equalTo("500.00"));
    }
}
