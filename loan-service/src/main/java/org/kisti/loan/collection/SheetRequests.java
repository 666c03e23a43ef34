package org.kisti.loan.collection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.money.Amount;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.time.FactDate;

/** The documents a field officer and staff send about collection sheets. */
public final class SheetRequests {

    /** A sheet id: a UUID, so a line's id ({@code <sheetId>:<line>}) fits every store's 64-character payment ids. */
    public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    public static final int MAX_MEMBERS = 60;

    private SheetRequests() {}

    @Schema(name = "FilledCollectionSheet", description = "A meeting's sheet as the officer filled it; lines are"
            + " numbered from 1 in document order: each member's repayments, then deposits, then withdrawals")
    public record FilledSheet(
            @Schema(example = "3f0c2d1e-7a4b-4c5d-9e8f-1a2b3c4d5e6f", description = "The id the generated sheet gave"
                    + " (a supplementary sheet: a fresh UUID)")
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID in lower-case hex") String sheetId,
            @Schema(example = "g-7") @NotNull @ValidId String groupId,
            @Schema(example = "2026-01-19") @NotNull @FactDate LocalDate meetingDate,
            @Schema(example = "staff-42") @NotNull @ValidId String officerId,
            @Schema(example = "5a1f09c2e8d3b4a6", description = "The version (ETag) of the sheet as printed; an older"
                    + " one is accepted") @NotNull @Pattern(regexp = "[0-9a-f]{1,64}",
                    message = "must be the sheet's version, 1 to 64 hex digits") String version,
            @Schema(description = "A further sheet for a group and meeting that already has one")
            Boolean supplementary,
            @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
            @Schema(example = "295.00", description = "The cash the officer hands in: money in less money paid out")
            @NotNull BigDecimal cashCollected,
            @NotNull @Size(min = 1, max = MAX_MEMBERS) List<@NotNull @Valid MemberRow> members) {

        public boolean isSupplementary() {
            return Boolean.TRUE.equals(supplementary);
        }
    }

    @Schema(name = "CollectionSheetRow")
    public record MemberRow(
            @Schema(example = "m-1") @NotNull @ValidId String memberId,
            @Schema(description = "Whether she attended") @NotNull Boolean present,
            @Size(max = 5) List<@NotNull @Valid LoanLine> repayments,
            @Size(max = 5) List<@NotNull @Valid SavingsLine> deposits,
            @Size(max = 2) List<@NotNull @Valid SavingsLine> withdrawals) {

        public MemberRow {
            repayments = repayments == null ? List.of() : repayments;
            deposits = deposits == null ? List.of() : deposits;
            withdrawals = withdrawals == null ? List.of() : withdrawals;
        }
    }

    @Schema(name = "CollectionSheetRepayment")
    public record LoanLine(
            @Schema(example = "l-1") @NotNull @ValidId String loanId,
            @Schema(example = "245.00") @NotNull @Amount BigDecimal amount) {}

    @Schema(name = "CollectionSheetSavingsLine")
    public record SavingsLine(
            @Schema(example = "s-1") @NotNull @ValidId String accountId,
            @Schema(example = "50.00") @NotNull @Amount BigDecimal amount) {}

    @Schema(name = "HeldCashResolution")
    public record Resolution(
            @Schema(example = "APPLIED_TO_LOAN") @NotNull HeldCashResolved.Resolution resolution,
            @Schema(example = "l-2", description = "The loan or account; none for a refund") @ValidId String targetId,
            @Schema(example = "2026-01-26") @NotNull @FactDate LocalDate resolvedOn,
            @Schema(example = "Paid towards her new loan", maxLength = 200) @PlainText(max = 200) String note) {}
}
