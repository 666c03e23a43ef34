package org.kisti.loan.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sheet an officer takes to a meeting: the group's members on the day, seated by cohesion group, each with what
 * her open loans ask (the instalment due that day, what is overdue, what is outstanding) and her savings accounts
 * (the minimum deposit due, the balance), with totals per cohesion group and for the group. {@code sheetId} is the id
 * to post it under; {@code version} changes whenever a figure on it does (also the ETag).
 */
@Schema(name = "CollectionSheet")
public record SheetDocument(
        String sheetId, String version, String groupId, LocalDate meetingDate,
        @Schema(description = "The currency of the figures; null when no member has a loan or account") String currency,
        List<CohesionBlock> cohesionGroups, Totals totals) {

    @Schema(name = "CollectionSheetCohesionGroup", description = "Members of no cohesion group come last, under null")
    public record CohesionBlock(String cohesionGroupId, String name, List<MemberRow> members, Totals totals) {}

    @Schema(name = "CollectionSheetMember")
    public record MemberRow(String memberId, @Schema(description = "Null once erased") String name,
            List<LoanDue> loans, List<SavingsDue> savings) {}

    @Schema(name = "CollectionSheetLoan")
    public record LoanDue(String loanId, BigDecimal installmentDue, BigDecimal overdue, BigDecimal outstanding) {}

    @Schema(name = "CollectionSheetSavings")
    public record SavingsDue(String accountId, BigDecimal minimumDeposit, BigDecimal balance) {}

    @Schema(name = "CollectionSheetTotals")
    public record Totals(BigDecimal installmentsDue, BigDecimal overdue, BigDecimal outstanding,
            BigDecimal savingsDue, BigDecimal savingsBalance) {

        public static final Totals ZERO = new Totals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        public Totals plus(Totals other) {
            return new Totals(installmentsDue.add(other.installmentsDue), overdue.add(other.overdue),
                    outstanding.add(other.outstanding), savingsDue.add(other.savingsDue),
                    savingsBalance.add(other.savingsBalance));
        }

        public static Totals of(MemberRow member) {
            Totals totals = ZERO;
            for (LoanDue loan : member.loans()) {
                totals = totals.plus(new Totals(loan.installmentDue(), loan.overdue(), loan.outstanding(),
                        BigDecimal.ZERO, BigDecimal.ZERO));
            }
            for (SavingsDue account : member.savings()) {
                totals = totals.plus(new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        account.minimumDeposit(), account.balance()));
            }
            return totals;
        }
    }
}
