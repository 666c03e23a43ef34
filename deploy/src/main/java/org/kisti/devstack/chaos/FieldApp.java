package org.kisti.devstack.chaos;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.kisti.devstack.KistiService;

/**
 * The load of the fault harness: field officers' apps enrolling members, opening savings, depositing, disbursing and
 * collecting repayments, one week's on a collection sheet. Each request carries its own Idempotency-Key, and an app that gets no answer, a 5xx or a
 * "retry" answer sends the same request with the same key again, as an app on a weak network does, until it gets
 * an answer (or gives up after {@link #GIVE_UP_AFTER}, which the audit counts as a failure). The repayment benchmark
 * drives the same calls.
 */
public final class FieldApp {

    static final String ORG = "org-demo";
    /** The stated timeout: an answer later than this is a hang. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

    private final Function<KistiService, String> urls;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger households = new AtomicInteger();
    private String groupId;

    public FieldApp(Function<KistiService, String> urls, String token) {
        this.urls = urls;
        this.token = token;
    }

    /** The branch and the group every member joins. */
    public void setUp() throws InterruptedException {
        String branch = send(Request.OPEN_BRANCH, "/branches", """
                {"name":"Dhanmondi","code":"DHK-07","district":"Dhaka","subDistrict":"Dhanmondi",\
                "openedOn":"2025-01-01"}""").createdId();
        groupId = send(Request.FORM_GROUP, "/groups", """
                {"branchId":"%s","kind":"LENDING_GROUP","name":"Shapla Mohila Samity","meetingDay":"TUESDAY",\
                "meetingPlace":"Courtyard","officerId":"staff-42","formedOn":"2025-06-01"}""".formatted(branch))
                .createdId();
        if (groupId == null) {
            throw new IllegalStateException("could not form the harness's group: " + calls);
        }
    }

    /**
     * Runs {@code clients} apps until {@code keepGoing} turns false or {@code maxHouseholds} are served; each app
     * serves one household after another, the whole of one before the next.
     */
    public void run(int clients, int maxHouseholds, BooleanSupplier keepGoing) throws InterruptedException {
        List<Thread> apps = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread app = new Thread(() -> {
                for (int household = households.incrementAndGet();
                        keepGoing.getAsBoolean() && household <= maxHouseholds;
                        household = households.incrementAndGet()) {
                    try {
                        serveHousehold(household);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "field-app-" + i);
            app.start();
            apps.add(app);
        }
        for (Thread app : apps) {
            app.join();
        }
    }

    /** A new member's first weeks: enrolled, saves, borrows, repays three weeks, saves again. */
    private void serveHousehold(int n) throws InterruptedException {
        String member = enrol(n);
        if (member == null) {
            return;
        }
        String account = openSavings(member);
        if (account != null) {
            deposit(account, "100.00", "2026-01-05");
        }
        String loan = disburse(member);
        if (loan != null) {
            repay(loan, "245.00", "2026-01-19");
        }
        if (loan != null && account != null) {
            // The second week's instalment and savings come on the meeting's collection sheet.
            postSheet(member, loan, account, "2026-01-26");
        } else if (account != null) {
            deposit(account, "100.00", "2026-01-26");
        }
        if (loan != null) {
            repay(loan, "245.00", "2026-02-02");
        }
    }

    /**
     * A collection sheet of one member (a supplementary sheet: every household's meeting is the same group's): line 1
     * her instalment, line 2 her savings; each line's fact must follow, the deposit from savings-service's inbox.
     */
    private void postSheet(String member, String loan, String account, String on) throws InterruptedException {
        postSheet(List.of(new Seat(member, loan, account)), "245.00", "100.00", on);
    }

    /** A member at a meeting, with the loan she repays and the account she saves in. */
    public record Seat(String memberId, String loanId, String accountId) {}

    /**
     * Posts a supplementary sheet of the app's group: each seat repays {@code repayment} and saves {@code deposit};
     * lines numbered as the server numbers them (her repayment, then her deposit). True once it is accepted.
     */
    public boolean postSheet(List<Seat> seats, String repayment, String deposit, String on)
            throws InterruptedException {
        String sheetId = UUID.randomUUID().toString();
        StringBuilder rows = new StringBuilder();
        for (Seat seat : seats) {
            rows.append(rows.isEmpty() ? "" : ",").append("""
                    {"memberId":"%s","present":true,"repayments":[{"loanId":"%s","amount":"%s"}],\
                    "deposits":[{"accountId":"%s","amount":"%s"}]}""".formatted(seat.memberId(), seat.loanId(),
                    repayment, seat.accountId(), deposit));
        }
        String cash = new BigDecimal(repayment).add(new BigDecimal(deposit))
                .multiply(BigDecimal.valueOf(seats.size())).toPlainString();
        Call call = send(Request.POST_SHEET, "/collection-sheets", """
                {"sheetId":"%s","groupId":"%s","meetingDate":"%s","officerId":"staff-42","version":"0",\
                "supplementary":true,"currency":"BDT","cashCollected":"%s","members":[%s]}""".formatted(sheetId,
                groupId, on, cash, rows));
        if (call.outcome() != Call.Outcome.CREATED) {
            return false;
        }
        for (int line = 1; line <= 2 * seats.size(); line += 2) {
            call.expect(Request.REPAY, sheetId + ":" + line);
            call.expect(Request.DEPOSIT, sheetId + ":" + (line + 1));
        }
        return true;
    }

    /** Enrols household {@code n}'s member into the group; her id, or null if refused. */
    public String enrol(int n) throws InterruptedException {
        return send(Request.ENROL, "/members", """
                {"groupId":"%s","name":"Member %d","dateOfBirth":"1990-04-14","gender":"FEMALE",\
                "householdId":"hh-%d","landDecimals":"12.50","enrolledOn":"2026-01-05"}""".formatted(groupId, n, n))
                .createdId();
    }

    /** A loan of 10,000 taka over 46 weeks from 2026-01-05; its id, or null if refused. */
    public String disburse(String member) throws InterruptedException {
        return send(Request.DISBURSE, "/loans", """
                {"memberId":"%s","terms":{"principal":"10000.00","currency":"BDT","interestMethod":"FLAT",\
                "rateBasis":"PER_LOAN","annualInterestRate":"12.50","repaymentFrequency":"WEEKLY",\
                "numberOfInstallments":46,"disbursementDate":"2026-01-05","firstRepaymentDate":"2026-01-19"}}"""
                .formatted(member)).createdId();
    }

    /** True once the repayment is stored (answered 2xx, however many attempts that took). */
    public boolean repay(String loan, String amount, String paidOn) throws InterruptedException {
        return send(Request.REPAY, "/loans/" + loan + "/repayments", """
                {"amount":"%s","currency":"BDT","paidOn":"%s"}""".formatted(amount, paidOn))
                .outcome() == Call.Outcome.CREATED;
    }

    /** Her savings account, opened 2026-01-05; its id, or null if refused. */
    public String openSavings(String member) throws InterruptedException {
        return send(Request.OPEN_SAVINGS, "/savings-accounts", """
                {"memberId":"%s","currency":"BDT","openedOn":"2026-01-05"}""".formatted(member)).createdId();
    }

    /** True once the deposit is stored. */
    public boolean deposit(String account, String amount, String on) throws InterruptedException {
        return send(Request.DEPOSIT, "/savings-accounts/" + account + "/deposits", """
                {"amount":"%s","currency":"BDT","depositedOn":"%s"}""".formatted(amount, on))
                .outcome() == Call.Outcome.CREATED;
    }

    /** Sends until answered: the same body, the same key, every time. */
    private Call send(Request kind, String path, String body) throws InterruptedException {
        Call call = new Call(kind, UUID.randomUUID().toString());
        calls.add(call);
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.apply(kind.service()) + "/v1/orgs/" + ORG + path))
                .timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", call.key())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long backoff = 200;
        while (true) {
            call.attempted();
            long waitMillis = backoff;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    call.created(status, response.headers().firstValue("Location").orElse(""));
                    return call;
                }
                String retry = retryReason(kind, status, response);
                if (retry == null) {
                    call.refused(status, response.body());
                    return call;
                }
                call.failed(retry);
                waitMillis = response.headers().firstValue("Retry-After")
                        .map(seconds -> Math.min(5_000, Long.parseLong(seconds.trim()) * 1000)).orElse(backoff);
            } catch (HttpConnectTimeoutException unreachable) {
                // Not a hang: no connection was made (a service starting, a busy machine); nothing was asked.
                call.failed("no connection (service down)");
            } catch (HttpTimeoutException hang) {
                call.failed("no answer within " + ANSWER_WITHIN.toSeconds() + " s");
            } catch (IOException unreachable) {
                call.failed("no connection (service down)");
            }
            if (System.nanoTime() > deadline) {
                call.gaveUp();
                return call;
            }
            Thread.sleep(waitMillis);
            backoff = Math.min(2_000, backoff * 2);
        }
    }

    /** Why this answer is worth the same request again, or null if it is final. */
    private static String retryReason(Request kind, int status, HttpResponse<String> response) {
        boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (status == 503) {
            return response.headers().firstValue("Retry-After").isPresent() && problem ? "503 problem+json, Retry-After"
                    : "503 without Retry-After or problem+json";
        }
        if (status >= 500) {
            return status + (problem ? " problem+json" : "");
        }
        if (status == 409 && response.body().contains("Idempotency-Key")) {
            return "409 same key in progress";
        }
        // Savings and loans learn of a member from her enrolment's event a moment later (longer while Kafka is
        // down): until then they answer 422 naming memberId, and the app tries again.
        if (status == 422 && response.body().contains("memberId")
                && (kind == Request.OPEN_SAVINGS || kind == Request.DISBURSE)) {
            return "422 member not yet known";
        }
        // Loan-service learns of her group and her new account from the topics a moment later, likewise.
        if (status == 422 && kind == Request.POST_SHEET && response.body().contains("members[0]")) {
            return "422 member or account not yet known";
        }
        return null;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }
}
