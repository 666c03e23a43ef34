package org.kisti.member.federation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.kisti.events.organisation.FederationLevelsNamed;
import org.kisti.member.federation.FederationCommands.NameLevels;

/** An organisation's federation levels, as dated versions; one per organisation under an id derived from it. */
public class Federation {

    @AggregateIdentifier
    private String federationId;
    private LocalDate latestEffectiveFrom;

    protected Federation() {
        // for Axon
    }

    public static String idOf(String orgId) {
        return UUID.nameUUIDFromBytes(("federation\n" + orgId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NameLevels command) {
        apply(FederationRules.name(latestEffectiveFrom, command));
    }

    @EventSourcingHandler
    void on(FederationLevelsNamed event) {
        federationId = event.federationId();
        latestEffectiveFrom = event.effectiveFrom();
    }
}
