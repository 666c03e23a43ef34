package org.kisti.loan.servicing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.loan.WriteOffPolicySet;
import org.kisti.platform.problem.BusinessRuleViolation;

/** The organisation's write-off policy, as dated versions; one per organisation. */
public class WriteOffPolicy {

    /** Set the policy from a date on; never back before the latest version. */
    public record SetWriteOffPolicy(String orgId, @TargetAggregateIdentifier String policyId, LocalDate effectiveFrom,
            int minDaysInArrears) {}

    @AggregateIdentifier
    private String policyId;
    private LocalDate latestEffectiveFrom;

    protected WriteOffPolicy() {
        // for Axon
    }

    public static String idOf(String orgId) {
        return UUID.nameUUIDFromBytes(("write-off-policy\n" + orgId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetWriteOffPolicy command) {
        if (latestEffectiveFrom != null && command.effectiveFrom().isBefore(latestEffectiveFrom)) {
            throw new BusinessRuleViolation("effectiveFrom", "must not be before the latest version's, "
                    + latestEffectiveFrom + "; a policy changes from a date on, never back in time");
        }
        apply(new WriteOffPolicySet(command.orgId(), command.policyId(), command.effectiveFrom(),
                command.minDaysInArrears()));
    }

    @EventSourcingHandler
    void on(WriteOffPolicySet event) {
        policyId = event.policyId();
        latestEffectiveFrom = event.effectiveFrom();
    }
}
