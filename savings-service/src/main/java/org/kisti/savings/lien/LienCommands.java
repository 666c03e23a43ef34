package org.kisti.savings.lien;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.Money;

/** Holding part of an account for a loan, and letting it go; sent by {@link LienProcess} from the loans topic. */
public final class LienCommands {

    private LienCommands() {}

    public record PlaceLien(String orgId, @TargetAggregateIdentifier String accountId, String loanId, Money amount,
            LocalDate placedOn) {}

    /** {@code reason}: the loan's fact that ended the need, e.g. LoanRepaid. */
    public record ReleaseLien(String orgId, @TargetAggregateIdentifier String accountId, String loanId,
            LocalDate releasedOn, String reason) {}
}
