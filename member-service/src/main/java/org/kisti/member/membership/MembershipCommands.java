package org.kisti.member.membership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.member.ExitReason;

/** What may be asked of an enrolled member; each carries its business date. */
public final class MembershipCommands {

    private MembershipCommands() {}

    public record RecordTraining(String orgId, @TargetAggregateIdentifier String memberId, String trainingId,
            String course, int weeks, LocalDate completedOn) {}

    /** The other group was found meeting on the day, owning the cohesion group and with room, under its lock. */
    public record Transfer(String orgId, @TargetAggregateIdentifier String memberId, String toGroupId,
            String cohesionGroupId, LocalDate transferredOn) {}

    public record RequestExit(String orgId, @TargetAggregateIdentifier String memberId, ExitReason reason,
            LocalDate exitDate) {}

    /** Sent by the exit process once nothing of hers is open. */
    public record CompleteExit(String orgId, @TargetAggregateIdentifier String memberId) {}

    public record ErasePersonalData(String orgId, @TargetAggregateIdentifier String memberId, LocalDate erasedOn) {}
}
