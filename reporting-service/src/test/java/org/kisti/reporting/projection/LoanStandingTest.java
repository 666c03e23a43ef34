package org.kisti.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kisti.reporting.projection.LoanStanding.Facts;
import org.kisti.reporting.projection.LoanStanding.Installment;
import org.kisti.reporting.projection.LoanStanding.Repayment;
import org.kisti.reporting.projection.LoanStanding.Span;
import org.kisti.reporting.projection.LoanStanding.Split;

class LoanStandingTest {

    private static final LocalDate DISBURSED = LocalDate.of(2026, 1, 5);

    /** 1,000 over four weekly instalments of 275 (250 principal, 25 interest). */
    private static List<Installment> schedule(LocalDate from) {
        List<Installment> installments = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            installments.add(new Installment(from, n, from.plusWeeks(n), money("275.00")));
        }
        return installments;
    }

    @Test
    void anUnpaidInstalmentIsOverdueFromTheDayAfterItFallsDue() {
        Facts facts = new Facts(money("1000.00"), DISBURSED, null, schedule(DISBURSED), List.of(), List.of());

        Span dueDay = on(facts, DISBURSED.plusWeeks(1));
        Span dayAfter = on(facts, DISBURSED.plusWeeks(1).plusDays(1));

        assertThat(dueDay.overdue()).isEqualByComparingTo("0");
        assertThat(dueDay.recoveryDue()).isEqualByComparingTo("275");
        assertThat(dayAfter.overdue()).isEqualByComparingTo("275");
        assertThat(dayAfter.oldestUnpaid()).isEqualTo(DISBURSED.plusWeeks(1));
    }

    @Test
    void aLatePaymentClearsTheArrearsFromItsOwnDateNotBefore() {
        LocalDate paid = DISBURSED.plusWeeks(1).plusDays(3);
        Facts facts = new Facts(money("1000.00"), DISBURSED, null, schedule(DISBURSED),
                List.of(new Split(1, money("275.00"), paid, false)), List.of(new Repayment(paid, money("250.00"), money("25.00"))));

        assertThat(on(facts, paid.minusDays(1)).oldestUnpaid()).isEqualTo(DISBURSED.plusWeeks(1));
        assertThat(on(facts, paid.minusDays(1)).outstanding()).isEqualByComparingTo("1000");
        assertThat(on(facts, paid).oldestUnpaid()).isNull();
        assertThat(on(facts, paid).outstanding()).isEqualByComparingTo("750");
        assertThat(on(facts, paid).recoveryPaid()).isEqualByComparingTo("275");
    }

    @Test
    void aWrittenOffLoanOwesNothingFromItsWriteOffAndItsLaterInstalmentsLeaveRecovery() {
        LocalDate writtenOff = DISBURSED.plusWeeks(2);
        Facts facts = new Facts(money("1000.00"), DISBURSED, writtenOff, schedule(DISBURSED), List.of(), List.of());

        Span before = on(facts, writtenOff.minusDays(1));
        Span after = on(facts, DISBURSED.plusWeeks(10));

        assertThat(before.outstanding()).isEqualByComparingTo("1000");
        assertThat(after.outstanding()).isEqualByComparingTo("0");
        assertThat(after.overdue()).isEqualByComparingTo("0");
        assertThat(after.oldestUnpaid()).isNull();
        assertThat(after.recoveryDue()).isEqualByComparingTo("550");
    }

    @Test
    void aRescheduleCountsTheNewScheduleFromItsEffectiveDay() {
        LocalDate effective = DISBURSED.plusWeeks(2).plusDays(3);
        List<Installment> installments = new ArrayList<>(schedule(DISBURSED));
        installments.add(new Installment(effective, 1, effective.plusWeeks(4), money("1100.00")));
        Facts facts = new Facts(money("1000.00"), DISBURSED, null, installments, List.of(), List.of());

        assertThat(on(facts, effective.minusDays(1)).overdue()).isEqualByComparingTo("550");
        assertThat(on(facts, effective).overdue()).isEqualByComparingTo("0");
        assertThat(on(facts, effective).recoveryDue()).isEqualByComparingTo("0");
    }

    @Test
    void aSettlementRebateSettlesWithoutCountingAsPaidOrDue() {
        LocalDate settled = DISBURSED.plusDays(3);
        List<Split> splits = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            splits.add(new Split(n, money("250.00"), settled, false));
            splits.add(new Split(n, money("25.00"), settled, true));
        }
        Facts facts = new Facts(money("1000.00"), DISBURSED, null, schedule(DISBURSED), splits,
                List.of(new Repayment(settled, money("1000.00"), money("0.00"))));

        Span later = on(facts, DISBURSED.plusWeeks(5));

        assertThat(later.outstanding()).isEqualByComparingTo("0");
        assertThat(later.overdue()).isEqualByComparingTo("0");
        assertThat(later.recoveryDue()).isEqualByComparingTo("1000");
        assertThat(later.recoveryPaid()).isEqualByComparingTo("1000");
    }

    @Test
    void theSpansFollowEachOtherWithoutGapAndEqualNeighboursAreOne() {
        Facts facts = new Facts(money("1000.00"), DISBURSED, null, schedule(DISBURSED), List.of(), List.of());

        List<Span> spans = LoanStanding.timeline(facts);

        assertThat(spans.get(0).from()).isEqualTo(DISBURSED);
        assertThat(spans.get(spans.size() - 1).until()).isNull();
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).from()).isEqualTo(spans.get(i - 1).until());
            assertThat(spans.get(i).sameStandingAs(spans.get(i - 1))).isFalse();
        }
    }

    @Test
    void nothingStandsBeforeTheDisbursement() {
        Facts facts = new Facts(money("1000.00"), DISBURSED, null, schedule(DISBURSED), List.of(), List.of());

        assertThat(LoanStanding.timeline(facts)).allMatch(span -> !span.from().isBefore(DISBURSED));
    }

    private static Span on(Facts facts, LocalDate day) {
        return LoanStanding.timeline(facts).stream()
                .filter(span -> !span.from().isAfter(day) && (span.until() == null || span.until().isAfter(day)))
                .findFirst().orElseThrow();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
