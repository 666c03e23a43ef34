package org.kisti.loan.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.kisti.events.origination.LendingPolicySet;
import org.kisti.loan.product.ProductCommands.SetLendingPolicy;
import org.kisti.platform.problem.BusinessRuleViolation;

/** The organisation's lending policy (the cap on effective annual rates), as dated versions; one per organisation. */
public class LendingPolicy {

    @AggregateIdentifier
    private String policyId;
    private LocalDate latestEffectiveFrom;

    protected LendingPolicy() {
        // for Axon
    }

    public static String idOf(String orgId) {
        return UUID.nameUUIDFromBytes(("lending-policy\n" + orgId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetLendingPolicy command) {
        if (latestEffectiveFrom != null && command.effectiveFrom().isBefore(latestEffectiveFrom)) {
            throw new BusinessRuleViolation("effectiveFrom", "must not be before the latest version's, "
                    + latestEffectiveFrom);
        }
        apply(new LendingPolicySet(command.orgId(), command.policyId(), command.effectiveFrom(),
                command.maxEffectiveAnnualRate()));
    }

    @EventSourcingHandler
    void on(LendingPolicySet event) {
        policyId = event.policyId();
        latestEffectiveFrom = event.effectiveFrom();
    }
}
