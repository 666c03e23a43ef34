package org.kisti.loan.servicing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.KistiTestResource;

@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class SettlementResourceTest {

    @Inject
    MembersView members;

    private LoanDesk desk;

    @BeforeEach
    void desk() {
        desk = new LoanDesk("org-settlements", members);
    }

    @Test
    void aBorrowerPaysOffEarlyExactlyTheQuoteOfTheDayAndTheLoanCloses() {
        String loan = desk.disbursedLoan();
        desk.repay(loan, "245.00", "2026-01-19").statusCode(201);

        desk.read("/loans/" + loan + "/settlement-quote?on=2026-01-22").statusCode(200)
                .body("principal", equalTo("9782.17")).body("interest", equalTo("11.64"))
                .body("total", equalTo("9793.81")).body("rebatePolicy", equalTo("PRO_RATA"));
        settle(loan, "9793.80").statusCode(422).body("errors.field", hasItem("amount"));
        settle(loan, "9793.81").statusCode(201).body("interestPaid.amount", equalTo("11.64"));

        desk.read("/loans/" + loan).statusCode(200).body("status", equalTo("SETTLED"))
                .body("principalOutstanding.amount", equalTo("0.00"));
        desk.read("/loans/" + loan + "/arrears?asOf=2026-06-01").statusCode(200)
                .body("overdueAmount", equalTo("0.00")).body("daysInArrears", equalTo(0));
        desk.read("/loans/" + loan + "/settlement-quote?on=2026-01-23").statusCode(422)
                .body("errors.field", hasItem("loanId"));
    }

    private ValidatableResponse settle(String loan, String amount) {
        return desk.moving("staff", "/loans/" + loan + "/settlement",
                Map.of("amount", amount, "currency", "BDT", "settledOn", "2026-01-22"));
    }
}
