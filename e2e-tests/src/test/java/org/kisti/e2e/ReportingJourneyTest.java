package org.kisti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kisti.devstack.KistiService;

/**
 * A quarter of a branch as a funder reads it at each month end: three borrowers, one paying every week, one who stops
 * after January, one who pays late and in lumps. The report's outstanding, overdue, arrears, PAR, OTR and CRR at the
 * ends of January, February and March equal what this test computes on its own from each loan's REST history (its
 * schedule and the splits of its payments), not from the projection.
 */
class ReportingJourneyTest extends WholeSystemTest {

    private static final List<String[]> MONTH_ENDS = List.of(new String[] {"2026-01-01", "2026-01-31"},
            new String[] {"2026-02-01", "2026-02-28"}, new String[] {"2026-03-01", "2026-03-31"});

    @Test
    void atEachMonthEndTheReportEqualsWhatTheLoansOwnHistoriesSay() throws Exception {
        String steady = journey.disburse(journey.enrol("Rahima Begum", "2026-01-05"), "10000.00", 46, "2026-01-05",
                "2026-01-19");
        String stopped = journey.disburse(journey.enrol("Amena Khatun", "2026-01-05"), "10000.00", 46, "2026-01-05",
                "2026-01-19");
        String late = journey.disburse(journey.enrol("Salma Akter", "2026-01-05"), "8000.00", 40, "2026-01-05",
                "2026-01-19");
        for (LocalDate day = LocalDate.parse("2026-01-19"); day.isBefore(LocalDate.parse("2026-04-01"));
                day = day.plusWeeks(1)) {
            journey.repay(steady, "245.00", day.toString());
        }
        journey.repay(stopped, "245.00", "2026-01-19");
        journey.repay(stopped, "245.00", "2026-01-26");
        journey.repay(late, "500.00", "2026-02-09");
        journey.repay(late, "300.00", "2026-03-02");
        journey.repay(late, "150.00", "2026-03-16");

        List<JsonPath> loans = List.of(loan(steady), loan(stopped), loan(late));
        Figures march = Figures.of(loans, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        journey.portfolioOnceItShows("2026-03-31", r -> march.outstanding().toPlainString()
                .equals(r.getString("totals.loanOutstanding[0].amount")));

        for (String[] month : MONTH_ENDS) {
            Figures expected = Figures.of(loans, LocalDate.parse(month[0]), LocalDate.parse(month[1]));
            JsonPath report = journey.portfolio(month[1]);
            String at = "as of " + month[1];
            assertThat(report.getString("totals.loanOutstanding[0].amount")).as(at)
                    .isEqualTo(expected.outstanding().toPlainString());
            assertThat(report.getString("totals.overdue[0].amount")).as(at).isEqualTo(expected.overdue().toPlainString());
            assertThat(report.getInt("totals.loansInArrears")).as(at).isEqualTo(expected.inArrears());
            for (int days : List.of(1, 30, 60)) {
                assertThat(report.getString("totals.par.'" + days + "'.amount[0].amount")).as(at + ", PAR " + days)
                        .isEqualTo(expected.par(days).toPlainString());
            }
            assertThat(report.getString("totals.otr[0].ratio")).as(at + ", OTR").isEqualTo(expected.otr());
            assertThat(report.getString("totals.crr[0].ratio")).as(at + ", CRR").isEqualTo(expected.crr());
        }
        // The stopped loan is more than 30 days late by the end of March: PAR 30 is not empty.
        assertThat(march.par(30)).isPositive();
    }

    private static JsonPath loan(String loanId) {
        return journey.as("auditor", KistiService.LOAN).get("/v1/orgs/{org}/loans/{id}", Journey.ORG, loanId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The funder's figures for [from, asOf], computed here from the loans' schedules and payment splits. */
    private record Figures(BigDecimal outstanding, BigDecimal overdue, int inArrears, Map<Integer, BigDecimal> atRisk,
            String otr, String crr) {

        BigDecimal par(int days) {
            return atRisk.get(days);
        }

        static Figures of(List<JsonPath> loans, LocalDate from, LocalDate asOf) {
            BigDecimal outstanding = money("0");
            BigDecimal overdue = money("0");
            int inArrears = 0;
            Map<Integer, BigDecimal> atRisk = new java.util.TreeMap<>(Map.of(1, money("0"), 30, money("0"), 60,
                    money("0")));
            BigDecimal otrDue = BigDecimal.ZERO;
            BigDecimal otrPaid = BigDecimal.ZERO;
            BigDecimal crrDue = BigDecimal.ZERO;
            BigDecimal crrPaid = BigDecimal.ZERO;
            for (JsonPath loan : loans) {
                BigDecimal principal = new BigDecimal(loan.getString("schedule.totals.principal"));
                List<Map<String, Object>> payments = loan.getList("repayments");
                for (Map<String, Object> payment : payments) {
                    if (!LocalDate.parse((String) payment.get("paidOn")).isAfter(asOf)) {
                        principal = principal.subtract(amount(payment.get("principalPaid")));
                    }
                }
                LocalDate oldestUnpaid = null;
                for (Map<String, Object> installment : loan.<Map<String, Object>>getList("schedule.installments")) {
                    int number = (Integer) installment.get("number");
                    LocalDate due = LocalDate.parse((String) installment.get("dueDate"));
                    BigDecimal total = new BigDecimal(installment.get("total").toString());
                    BigDecimal paidByAsOf = paidTowards(payments, number, asOf);
                    if (due.isBefore(asOf) && paidByAsOf.compareTo(total) < 0) {
                        overdue = overdue.add(total.subtract(paidByAsOf));
                        oldestUnpaid = oldestUnpaid == null ? due : oldestUnpaid;
                    }
                    if (!due.isAfter(asOf)) {
                        crrDue = crrDue.add(total);
                        crrPaid = crrPaid.add(paidByAsOf);
                        if (!due.isBefore(from)) {
                            otrDue = otrDue.add(total);
                            otrPaid = otrPaid.add(paidTowards(payments, number, due));
                        }
                    }
                }
                long days = oldestUnpaid == null ? 0 : ChronoUnit.DAYS.between(oldestUnpaid, asOf);
                inArrears += days > 0 ? 1 : 0;
                for (int threshold : atRisk.keySet()) {
                    if (days > threshold) {
                        atRisk.merge(threshold, principal, BigDecimal::add);
                    }
                }
                outstanding = outstanding.add(principal);
            }
            return new Figures(outstanding, overdue, inArrears, atRisk, ratio(otrPaid, otrDue), ratio(crrPaid, crrDue));
        }

        /** What the payments made by {@code by} put towards one instalment, by their recorded splits. */
        @SuppressWarnings("unchecked")
        private static BigDecimal paidTowards(List<Map<String, Object>> payments, int number, LocalDate by) {
            BigDecimal paid = BigDecimal.ZERO;
            for (Map<String, Object> payment : payments) {
                if (LocalDate.parse((String) payment.get("paidOn")).isAfter(by)) {
                    continue;
                }
                for (Map<String, Object> split : (List<Map<String, Object>>) payment.get("splits")) {
                    if (((Integer) split.get("installment")) == number) {
                        paid = paid.add(amount(split.get("fee"))).add(amount(split.get("interest")))
                                .add(amount(split.get("principal")));
                    }
                }
            }
            return paid;
        }

        @SuppressWarnings("unchecked")
        private static BigDecimal amount(Object money) {
            return new BigDecimal(((Map<String, Object>) money).get("amount").toString());
        }

        private static BigDecimal money(String amount) {
            return new BigDecimal(amount).setScale(2);
        }

        private static String ratio(BigDecimal part, BigDecimal whole) {
            return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP).toPlainString();
        }
    }
}
