package org.kisti.loan.servicing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.KistiTestResource;

/** Corrections over REST: a back-dated payment is ordinary, a reversal is head office's and is never repeated. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class CorrectionsResourceTest {

    @Inject
    MembersView members;

    private LoanDesk desk;

    @BeforeEach
    void desk() {
        desk = new LoanDesk("org-corrections", members);
    }

    @Test
    void aPaymentPostedLateIsAcceptedAndAReversalLeavesTheLoanAsIfItHadNeverBeenMade() {
        String loan = desk.disbursedLoan();
        desk.repay(loan, "245.00", "2026-01-26").statusCode(201);
        // The meeting of 19 January is posted a week late: it pays instalment 1, and the later payment moves on.
        String late = desk.repay(loan, "245.00", "2026-01-19").statusCode(201)
                .body("reallocated", hasSize(1)).body("allocation", equalTo("kisti-allocation/1"))
                .body("splits[0].installment", equalTo(1)).extract().path("paymentId");

        desk.moving("staff", reversalOf(loan, late), reversal("2026-02-01")).statusCode(403);
        reverse(loan, late, "2026-02-01").statusCode(201).body("principalReversed.amount", equalTo("217.83"))
                .body("principalOutstandingAfter.amount", equalTo("9782.17"));
        reverse(loan, late, "2026-02-02").statusCode(422).body("errors.field", hasItem("paymentId"));
        reverse(loan, "p-never", "2026-02-02").statusCode(404);

        desk.read("/loans/" + loan).statusCode(200).body("repayments", hasSize(1)).body("reversals", hasSize(1))
                .body("principalOutstanding.amount", equalTo("9782.17"));
        // Only the payment of 26 January stands: instalment 2 (26 Jan) and 3 (2 Feb) are unpaid on 3 February.
        desk.read("/loans/" + loan + "/arrears?asOf=2026-02-03").statusCode(200)
                .body("overdueAmount", equalTo("490.00")).body("daysInArrears", equalTo(8));
    }

    @Test
    void aReversalWithoutAReasonOrDatedInTheFutureIsRefusedAndStoresNothing() {
        String loan = desk.disbursedLoan();
        String payment = desk.repay(loan, "245.00", "2026-01-19").statusCode(201).extract().path("paymentId");

        desk.moving("admin", reversalOf(loan, payment), Map.of("reversedOn", "2026-02-01")).statusCode(400)
                .body("errors.field", hasItem("reason"));
        desk.moving("admin", reversalOf(loan, payment), Map.of("reason", "typo", "reversedOn", "2999-01-01"))
                .statusCode(400).body("errors.field", hasItem("reversedOn"));
        reverse(loan, payment, "2026-01-18").statusCode(422).body("errors.field", hasItem("reversedOn"));
        desk.read("/loans/" + loan).body("reversals", hasSize(0));
    }

    private ValidatableResponse reverse(String loan, String payment, String on) {
        return desk.moving("admin", reversalOf(loan, payment), reversal(on));
    }

    private static String reversalOf(String loan, String payment) {
        return "/loans/" + loan + "/repayments/" + payment + "/reversal";
    }

    private static Map<String, Object> reversal(String on) {
        return Map.of("reason", "Entered against the wrong loan", "reversedOn", on);
    }
}
