package org.kisti.member.eligibility;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * An organisation's eligibility policy: its versions, each in force from its own date. One per organisation, under
 * an id derived from the organisation's, so it can never share a stream with a member or group.
 */
public class EligibilityPolicy {

    @AggregateIdentifier
    private String policyId;
    private LocalDate latestEffectiveFrom;

    protected EligibilityPolicy() {
        // for Axon
    }

    public static String idOf(String orgId) {
        return UUID.nameUUIDFromBytes(("eligibility-policy\n" + orgId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetEligibilityPolicy command) {
        // A version may replace the latest one from its own date on, never reach back before it: enrolments judged
        // under the earlier version keep the judgement they recorded, and the record says which version it was.
        if (latestEffectiveFrom != null && command.effectiveFrom().isBefore(latestEffectiveFrom)) {
            throw new BusinessRuleViolation("effectiveFrom", "must not be before the latest version's, "
                    + latestEffectiveFrom + "; a policy changes from a date on, never back in time");
        }
        apply(PolicyRules.version(command));
    }

    @EventSourcingHandler
    void on(EligibilityPolicySet event) {
        policyId = event.policyId();
        latestEffectiveFrom = event.effectiveFrom();
    }
}
