package org.kisti.loan.collection;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.kisti.events.EventCatalog;
import org.kisti.events.Money;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.organisation.CohesionGroupFormed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupKind;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.loan.servicing.LoanDesk;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.TestTokens;

/**
 * The object mother of the collection slice's service tests: a group of its own with two cohesion groups, members
 * seated in them, their savings accounts and KMSS loans, learnt by loan-service from the topics as in production; and
 * sheets filled for its meeting of {@link #DAY}, the loans' first due date.
 */
final class Meeting {

    static final LocalDate DAY = LocalDate.of(2026, 1, 19);
    static final LocalDate ENROLLED = LocalDate.of(2026, 1, 5);

    final String org;
    final String groupId = "g-" + UUID.randomUUID().toString().substring(0, 8);
    private final String productId = "sp-" + UUID.randomUUID().toString().substring(0, 8);
    private final LoanDesk desk;
    private final GroupRoster roster;

    Meeting(String org, MembersView members, GroupRoster roster) {
        this.org = org;
        this.desk = new LoanDesk(org, members);
        this.roster = roster;
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new GroupFormed(org, groupId, "b-1",
                    GroupKind.LENDING_GROUP, "Shapla", DayOfWeek.MONDAY, "Courtyard", "staff-9", ENROLLED), 0);
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new CohesionGroupFormed(org, groupId, groupId + "-b",
                    "Team B", ENROLLED), 1);
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new CohesionGroupFormed(org, groupId, groupId + "-a",
                    "Team A", ENROLLED), 2);
            publisher.publish(EventCatalog.SAVINGS_TOPIC, new SavingsProductVersioned(org, productId,
                    LocalDate.of(2026, 1, 1), "Compulsory weekly savings", SavingsKind.COMPULSORY, "BDT",
                    new BigDecimal("50.00"), BigDecimal.ZERO, new BigDecimal("6.00"), "MINIMUM_MONTHLY_BALANCE",
                    "HALF_YEARLY", null), 0);
        }
        await(() -> roster.knows(org, groupId));
    }

    /** A member seated in cohesion group {@code team} ("a" or "b"), known to loan-service; her id. */
    String member(String team, String name) {
        String memberId = "m-" + UUID.randomUUID();
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.MEMBERS_TOPIC, new MemberEnrolled(org, memberId, groupId,
                    groupId + "-" + team, name, ENROLLED), 0);
        }
        await(() -> roster.seats(org, groupId).containsKey(memberId));
        return memberId;
    }

    /** Her savings account with 100.00 deposited on 12 January, known to loan-service; its id. */
    String account(String memberId) {
        String accountId = "s-" + UUID.randomUUID();
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            publisher.publish(EventCatalog.SAVINGS_TOPIC, new SavingsAccountOpened(org, accountId, memberId, null,
                    "BDT", ENROLLED, productId), 0);
            publisher.publish(EventCatalog.SAVINGS_TOPIC, new SavingsDeposited(org, accountId, memberId, "d-" + accountId,
                    Money.of("100.00", "BDT"), Money.of("100.00", "BDT"), LocalDate.of(2026, 1, 12)), 1);
        }
        await(() -> roster.seats(org, groupId).get(memberId).accounts().containsKey(accountId));
        return accountId;
    }

    /** A KMSS loan to her (245.00 a week from 19 January); its id. */
    String loan(String memberId) {
        return desk.disbursedLoanTo(memberId);
    }

    LoanDesk desk() {
        return desk;
    }

    /** A sheet for this meeting, filled row by row. */
    Sheet sheet() {
        return new Sheet(SheetFigures.primarySheetId(org, groupId, DAY));
    }

    final class Sheet {
        final String sheetId;
        private final List<Map<String, Object>> rows = new ArrayList<>();
        private BigDecimal cash = BigDecimal.ZERO;
        private boolean supplementary;

        Sheet(String sheetId) {
            this.sheetId = sheetId;
        }

        /** Her row: present, paying {@code repayments} (loan, amount, ...), depositing {@code deposits} likewise. */
        Sheet row(String memberId, List<String> repayments, List<String> deposits) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("memberId", memberId);
            row.put("present", true);
            row.put("repayments", lines("loanId", repayments));
            row.put("deposits", lines("accountId", deposits));
            rows.add(row);
            return this;
        }

        Sheet supplementary() {
            supplementary = true;
            return this;
        }

        Map<String, Object> body(String cashCollected) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sheetId", sheetId);
            body.put("groupId", groupId);
            body.put("meetingDate", DAY.toString());
            body.put("officerId", "staff-9");
            body.put("version", "5a1f09c2e8d3b4a6");
            body.put("supplementary", supplementary);
            body.put("currency", "BDT");
            body.put("cashCollected", cashCollected);
            body.put("members", rows);
            return body;
        }

        /** Posts it with the cash its lines add up to, under a key of its own. */
        ValidatableResponse post() {
            return post(cash.toPlainString(), UUID.randomUUID().toString());
        }

        ValidatableResponse post(String cashCollected, String key) {
            return given().auth().oauth2(TestTokens.staff(org)).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body(cashCollected))
                    .when().post("/v1/orgs/{org}/collection-sheets", org).then();
        }

        private List<Map<String, Object>> lines(String idField, List<String> pairs) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int k = 0; k < pairs.size(); k += 2) {
                lines.add(Map.of(idField, pairs.get(k), "amount", pairs.get(k + 1)));
                cash = cash.add(new BigDecimal(pairs.get(k + 1)));
            }
            return lines;
        }
    }

    /** Loan-service learns the facts from the topics a moment after they are published. */
    private static void await(BooleanSupplier learnt) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(learnt::getAsBoolean);
    }
}
