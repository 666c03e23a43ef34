package org.kisti.loan.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.kisti.events.Money;
import org.kisti.events.collection.CollectionEvent;
import org.kisti.events.collection.CollectionLineHeld;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.events.collection.HeldCashResolved.Resolution;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** The sheet's own rules, given its facts, when a command, then the facts it records or the rule it breaks. */
class SheetRulesTest {

    private static final String SHEET = "3f0c2d1e-7a4b-4c5d-9e8f-1a2b3c4d5e6f";
    private static final LocalDate MEETING = LocalDate.of(2026, 1, 19);

    @Test
    void aSheetWhoseCashIsTheLinesSignedSumIsPosted() {
        CollectionSheetPosted posted = SheetRules.post(post("295.00"));

        assertThat(posted.lines()).extracting(CollectionSheetPosted.Line::line).containsExactly(1, 2, 3);
        assertThat(posted.cashCollected()).isEqualTo(Money.of("295.00", "BDT"));
    }

    @Test
    void aSheetWhoseCashDiffersFromItsLinesIsRefusedNamingCashCollected() {
        assertThatThrownBy(() -> SheetRules.post(post("395.00")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("cashCollected");
                    assertThat(refused.rule()).contains("295.00");
                });
    }

    @Test
    void aRefusedMovementIsHeldOnceHoweverOftenItIsReported() {
        SheetState sheet = posted();
        SheetCommands.HoldLines hold = new SheetCommands.HoldLines("org", SHEET,
                List.of(new SheetCommands.Hold(1, SHEET + ":1", "amount: the loan is repaid")), MEETING);

        List<CollectionEvent> first = SheetRules.hold(sheet, hold);
        first.forEach(sheet::evolve);

        assertThat(first).singleElement().isInstanceOfSatisfying(CollectionLineHeld.class, held -> {
            assertThat(held.amount()).isEqualTo(Money.of("245.00", "BDT"));
            assertThat(held.memberId()).isEqualTo("m-1");
        });
        assertThat(SheetRules.hold(sheet, hold)).isEmpty();
    }

    @Test
    void heldMoneyIsResolvedOnceAndEachResolutionHasAnIdOfItsOwn() {
        SheetState sheet = held(1);

        HeldCashResolved resolved = SheetRules.resolve(sheet, resolve(1, Resolution.APPLIED_TO_LOAN, "l-2"));
        sheet.evolve(resolved);

        assertThat(resolved.movementId()).isEqualTo(SHEET + ":1:r1");
        assertThat(resolved.amount()).isEqualTo(Money.of("245.00", "BDT"));
        assertThatThrownBy(() -> SheetRules.resolve(sheet, resolve(1, Resolution.REFUNDED, null)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        refused -> assertThat(refused.rule()).contains("holds no money"));
    }

    @Test
    void aLineHeldAgainAfterARefusedResolutionIsResolvedUnderTheNextId() {
        SheetState sheet = held(2);
        sheet.evolve(SheetRules.resolve(sheet, resolve(2, Resolution.DEPOSITED_TO_SAVINGS, "s-2")));
        SheetRules.hold(sheet, new SheetCommands.HoldLines("org", SHEET, List.of(new SheetCommands.Hold(2,
                SHEET + ":2:r1", "accountId: the account is closed")), MEETING)).forEach(sheet::evolve);

        assertThat(SheetRules.resolve(sheet, resolve(2, Resolution.REFUNDED, null)).movementId())
                .isEqualTo(SHEET + ":2:r2");
    }

    @Test
    void aWithdrawalNeverMadeCannotBeAppliedToALoan() {
        SheetState sheet = held(3);

        assertThatThrownBy(() -> SheetRules.resolve(sheet, resolve(3, Resolution.APPLIED_TO_LOAN, "l-2")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("resolution"));
    }

    @Test
    void aRefundNamesNoLoanOrAccount() {
        SheetState sheet = held(1);

        assertThatThrownBy(() -> SheetRules.resolve(sheet, resolve(1, Resolution.REFUNDED, "l-2")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("targetId"));
    }

    private static SheetCommands.PostCollectionSheet post(String cash) {
        return new SheetCommands.PostCollectionSheet("org", SHEET, "g-7", MEETING, "staff-42", "5a1f", false,
                Money.of(cash, "BDT"), List.of(new CollectionSheetPosted.Attendance("m-1", true)),
                List.of(new CollectionSheetPosted.Line(1, "m-1", LineKind.LOAN_REPAYMENT, "l-1",
                                Money.of("245.00", "BDT")),
                        new CollectionSheetPosted.Line(2, "m-1", LineKind.SAVINGS_DEPOSIT, "s-1",
                                Money.of("100.00", "BDT")),
                        new CollectionSheetPosted.Line(3, "m-1", LineKind.SAVINGS_WITHDRAWAL, "s-1",
                                Money.of("50.00", "BDT"))));
    }

    private static SheetState posted() {
        SheetState sheet = new SheetState();
        sheet.evolve(SheetRules.post(post("295.00")));
        return sheet;
    }

    private static SheetState held(int line) {
        SheetState sheet = posted();
        SheetRules.hold(sheet, new SheetCommands.HoldLines("org", SHEET, List.of(new SheetCommands.Hold(line,
                SHEET + ":" + line, "refused")), MEETING)).forEach(sheet::evolve);
        return sheet;
    }

    private static SheetCommands.ResolveHeldCash resolve(int line, Resolution resolution, String target) {
        return new SheetCommands.ResolveHeldCash("org", SHEET, line, resolution, target, null, "manager-7",
                MEETING.plusDays(7));
    }
}
