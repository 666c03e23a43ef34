package org.kisti.loan.servicing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.MemberFacts;
import org.kisti.testing.TestTokens;

/** The object mother of servicing's REST tests: KMSS loans disbursed and serviced at one organisation's desk. */
public final class LoanDesk {

    /** 10,000 BDT FLAT 12.5 % over 46 weeks from 5 January 2026: 245.00 a week, the first due 19 January. */
    static final Map<String, Object> KMSS_TERMS = Map.of(
            "principal", "10000.00", "currency", "BDT", "interestMethod", "FLAT", "rateBasis", "PER_LOAN",
            "annualInterestRate", "12.50", "repaymentFrequency", "WEEKLY", "numberOfInstallments", 46,
            "disbursementDate", "2026-01-05", "firstRepaymentDate", "2026-01-19",
            "serviceCharge", Map.of("amount", "100.00", "collection", "UPFRONT"));

    private final String org;
    private final MembersView members;

    public LoanDesk(String org, MembersView members) {
        this.org = org;
        this.members = members;
    }

    /** A KMSS loan to a member this service knows; its id. */
    public String disbursedLoan() {
        return disbursedLoanTo(MemberFacts.enrolledAndKnown(org, id -> members.find(org, id).isPresent()));
    }

    /** A KMSS loan to this member, whom this service must know already; its id. */
    public String disbursedLoanTo(String borrower) {
        return given().auth().oauth2(TestTokens.staff(org)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("memberId", borrower, "terms", KMSS_TERMS))
                .when().post("/v1/orgs/{org}/loans", org).then().statusCode(201).extract().path("loanId");
    }

    public ValidatableResponse repay(String loan, String amount, String paidOn) {
        return moving("staff", "/loans/" + loan + "/repayments",
                Map.of("amount", amount, "currency", "BDT", "paidOn", paidOn));
    }

    /** A request that moves money, with a key of its own, as {@code staff} or {@code admin}. */
    public ValidatableResponse moving(String role, String path, Map<String, Object> body) {
        String token = "admin".equals(role) ? TestTokens.mint("manager-7", List.of("admin"), List.of(org))
                : TestTokens.staff(org);
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).when().post("/v1/orgs/" + org + path).then();
    }

    public ValidatableResponse read(String path) {
        return given().auth().oauth2(TestTokens.auditor(org)).when().get("/v1/orgs/" + org + path).then();
    }
}
