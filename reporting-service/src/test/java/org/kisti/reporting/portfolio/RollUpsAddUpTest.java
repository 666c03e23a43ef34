package org.kisti.reporting.portfolio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.member.MemberExited;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.testing.CloudEventPublisher;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/**
 * Property: for a generated portfolio (fixed seeds, so a failure is reproducible) and every roll-up, the rows' additive
 * figures (money amounts and loan counts, member counts where rows have them; provisions, rounded per class total,
 * aside) sum to the totals, the totals are the same whatever the roll-up, and each PAR ratio is the ratio of the
 * summed amounts.
 */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class RollUpsAddUpTest {

    private static final List<String> GROUP_BYS = List.of("branch", "group", "officer", "product", "fund", "purpose",
            "federation:CLF", "federation:VO");
    private static final List<String> DATES = List.of("2026-02-28", "2026-04-30", "2026-06-30");

    @Test
    void forEveryRollUpTheRowsAddUpToTheSameTotals() {
        for (long seed : List.of(7L, 1984L)) {
            String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
            Expected expected = generate(org, seed);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                JsonPath report = report(org, "2026-12-31", null);
                return expected.activeMembers == report.getLong("totals.activeMembers")
                        && expected.outstanding.equals(report.getString("totals.loanOutstanding[0].amount"))
                        && expected.savings.equals(report.getString("totals.savingsOutstanding[0].amount"));
            });
            for (String date : DATES) {
                Map<String, BigDecimal> totals = additive(report(org, date, null).getMap("totals"));
                for (String groupBy : GROUP_BYS) {
                    JsonPath report = report(org, date, groupBy);
                    String where = "seed " + seed + ", " + date + ", groupBy " + groupBy;
                    assertThat(additive(report.getMap("totals"))).as(where).isEqualTo(totals);
                    Map<String, BigDecimal> summed = new TreeMap<>();
                    List<Map<String, Object>> rows = report.getList("rows");
                    for (Map<String, Object> row : rows) {
                        additive(row).forEach((figure, value) -> summed.merge(figure, value, BigDecimal::add));
                    }
                    boolean memberRows = !List.of("product", "fund", "purpose").contains(groupBy);
                    Map<String, BigDecimal> comparable = new TreeMap<>(totals);
                    // Provision is rounded once per class total, the organisation's as each row's: rows may differ
                    // from it by the rounding of each, so it is compared across roll-ups (above), not summed.
                    comparable.keySet().removeIf(figure -> figure.contains(".provision"));
                    summed.keySet().removeIf(figure -> figure.contains(".provision"));
                    if (!memberRows) {
                        comparable.keySet().removeIf(figure -> figure.startsWith("active")
                                || figure.startsWith("savings"));
                    }
                    assertThat(summed).as(where).isEqualTo(comparable);
                    assertParRatios(report.getMap("totals"), where);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertParRatios(Map<String, Object> figures, String where) {
        BigDecimal outstanding = new BigDecimal(((List<Map<String, String>>) figures.get("loanOutstanding")).get(0)
                .get("amount"));
        Map<String, Map<String, Object>> par = (Map<String, Map<String, Object>>) figures.get("par");
        par.forEach((days, figure) -> {
            BigDecimal amount = new BigDecimal(((List<Map<String, String>>) figure.get("amount")).get(0).get("amount"));
            String ratio = ((List<Map<String, String>>) figure.get("ratio")).get(0).get("ratio");
            assertThat(ratio).as(where + ", PAR " + days).isEqualTo(outstanding.signum() == 0 ? null
                    : amount.divide(outstanding, 4, RoundingMode.HALF_UP).toPlainString());
        });
    }

    /** The additive figures of one totals or row object, flattened: {@code loanOutstanding/BDT} → amount, etc. */
    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> additive(Map<String, Object> figures) {
        Map<String, BigDecimal> flat = new TreeMap<>();
        for (String count : List.of("activeMembers", "activeBorrowers", "loansInArrears")) {
            if (figures.get(count) != null) {
                flat.put(count, new BigDecimal(figures.get(count).toString()));
            }
        }
        for (String money : List.of("savingsOutstanding", "loanOutstanding", "overdue", "writtenOffInPeriod",
                "recoveriesInPeriod")) {
            money(flat, money, (List<Map<String, String>>) figures.get(money));
        }
        for (String disbursed : List.of("loansDisbursed", "loansDisbursedInPeriod")) {
            Map<String, Object> figure = (Map<String, Object>) figures.get(disbursed);
            flat.put(disbursed + ".count", new BigDecimal(figure.get("count").toString()));
            money(flat, disbursed, (List<Map<String, String>>) figure.get("amount"));
        }
        ((Map<String, Map<String, Object>>) figures.get("par")).forEach((days, figure) ->
                money(flat, "par." + days, (List<Map<String, String>>) figure.get("amount")));
        for (Map<String, Object> loanClass : (List<Map<String, Object>>) figures.get("classification")) {
            String name = "classification." + loanClass.get("class");
            flat.put(name + ".loans", new BigDecimal(loanClass.get("loans").toString()));
            money(flat, name + ".outstanding", (List<Map<String, String>>) loanClass.get("outstanding"));
            money(flat, name + ".provision", (List<Map<String, String>>) loanClass.get("provision"));
        }
        return flat;
    }

    private static void money(Map<String, BigDecimal> flat, String figure, List<Map<String, String>> moneys) {
        if (moneys != null) {
            moneys.forEach(money -> flat.merge(figure + "/" + money.get("currency"), new BigDecimal(money.get("amount")),
                    BigDecimal::add));
        }
    }

    private static JsonPath report(String org, String asOf, String groupBy) {
        return given().auth().oauth2(TestTokens.staff(org))
                .when().get("/v1/orgs/" + org + "/portfolio?asOf=" + asOf + (groupBy == null ? "" : "&groupBy=" + groupBy))
                .then().statusCode(200).extract().jsonPath();
    }

    /** What the generated facts must show as of the end of the year, to know the projection has them all. */
    private record Expected(long activeMembers, String outstanding, String savings) {}

    /** Branches, groups (officers changing), a two-level federation, funds, members moving, loans paid or not. */
    private static Expected generate(String org, long seed) {
        Random random = new Random(seed);
        try (CloudEventPublisher publisher = new CloudEventPublisher()) {
            PortfolioFacts facts = new PortfolioFacts(org, publisher);
            facts.branch("br-1", "Ghatail").branch("br-2", "Madhupur").branch("br-3", "Sakhipur");
            facts.unit("clf-1", "CLF", null, null).unit("clf-2", "CLF", null, null)
                    .unit("vo-1", "VO", "clf-1", "2026-01-01").unit("vo-2", "VO", "clf-2", "2026-01-01")
                    .unit("vo-3", "VO", "clf-2", "2026-01-01");
            facts.fund("f-1", "pksf").fund("f-2", "ab-bank");
            int groups = 6;
            for (int g = 1; g <= groups; g++) {
                facts.group("g-" + g, "br-" + (1 + random.nextInt(3)), "o-" + (1 + random.nextInt(3)));
                if (random.nextBoolean()) {
                    facts.officer("g-" + g, "o-" + (1 + random.nextInt(3)), date(random));
                }
                if (g < groups) { // the last group belongs to no unit: unassigned
                    facts.affiliate("g-" + g, "vo-" + (1 + random.nextInt(3)), "2026-01-0" + (1 + random.nextInt(9)));
                    if (random.nextInt(4) == 0) {
                        facts.affiliate("g-" + g, "vo-" + (1 + random.nextInt(3)), date(random));
                    }
                }
            }
            long active = 0;
            BigDecimal outstanding = BigDecimal.ZERO;
            BigDecimal savings = BigDecimal.ZERO;
            String[][] origins = {null, {"jagoron", "f-1", "pksf", "INCOME_GENERATION"},
                    {"agrosor", "f-2", "ab-bank", "LIVESTOCK"}, {"jagoron", "f-2", "ab-bank", "TRADE"}};
            for (int m = 1; m <= 30; m++) {
                String member = "m-" + m;
                String group = "g-" + (1 + random.nextInt(groups));
                facts.member(member, group, "2026-01-05");
                if (random.nextInt(5) == 0) {
                    facts.transfer(member, group, "g-" + (1 + random.nextInt(groups)), date(random));
                }
                if (random.nextInt(6) == 0) {
                    facts.publish(new MemberExited(org, facts.id(member), LocalDate.parse(date(random))));
                } else {
                    active++;
                }
                if (random.nextBoolean()) {
                    String account = facts.id("s-" + m);
                    BigDecimal deposit = BigDecimal.valueOf(50 + random.nextInt(500)).setScale(2);
                    facts.publish(new SavingsAccountOpened(org, account, facts.id(member), null, "BDT",
                            LocalDate.parse("2026-01-05"), null));
                    facts.publish(new SavingsDeposited(org, account, facts.id(member), facts.id("d-" + m),
                            new Money(deposit, "BDT"), new Money(deposit, "BDT"), LocalDate.parse(date(random))));
                    savings = savings.add(deposit);
                }
                for (int l = 0; l < 1 + random.nextInt(2); l++) {
                    String loan = "l-" + m + "-" + l;
                    int installments = 4 + random.nextInt(9);
                    BigDecimal principal = BigDecimal.valueOf(1000L * installments);
                    List<String> dues = new ArrayList<>();
                    LocalDate disbursed = LocalDate.parse("2026-01-05").plusDays(random.nextInt(60));
                    for (int i = 1; i <= installments; i++) {
                        dues.add(disbursed.plusWeeks(2L * i).toString());
                    }
                    facts.loan(loan, member, principal.setScale(2).toPlainString(), "20.00", disbursed.toString(),
                            origins[random.nextInt(origins.length)], dues.toArray(String[]::new));
                    BigDecimal repaid = BigDecimal.ZERO;
                    int paidUpTo = random.nextInt(installments + 1);
                    for (int i = 1; i <= paidUpTo; i++) {
                        LocalDate due = LocalDate.parse(dues.get(i - 1));
                        boolean partial = random.nextInt(5) == 0;
                        String principalPart = partial ? "400.00" : "1000.00";
                        facts.pay(loan, member, "p-" + loan + "-" + i, i, "20.00", principalPart,
                                due.plusDays(random.nextInt(4) == 0 ? 3 + random.nextInt(40) : 0).toString());
                        repaid = repaid.add(new BigDecimal(principalPart));
                    }
                    BigDecimal owed = principal.subtract(repaid);
                    if (owed.signum() > 0 && random.nextInt(8) == 0) {
                        facts.writeOff(loan, member, owed.setScale(2).toPlainString(), "2026-06-15");
                    } else {
                        outstanding = outstanding.add(owed);
                    }
                }
            }
            return new Expected(active, outstanding.setScale(2).toPlainString(), savings.setScale(2).toPlainString());
        }
    }

    private static String date(Random random) {
        return LocalDate.parse("2026-01-06").plusDays(random.nextInt(170)).toString();
    }
}
