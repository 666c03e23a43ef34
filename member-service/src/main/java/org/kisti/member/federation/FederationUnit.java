package org.kisti.member.federation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.member.federation.FederationCommands.AffiliateUnit;
import org.kisti.member.federation.FederationCommands.FormUnit;

/** A federation unit (a village organisation, a cluster-level federation...): a thin shell over its rules. */
public class FederationUnit {

    @AggregateIdentifier
    private String unitId;
    private String orgId;
    private String level;
    private LocalDate formedOn;

    protected FederationUnit() {
        // for Axon
    }

    @CommandHandler
    FederationUnit(FormUnit command) {
        apply(FederationRules.form(command));
    }

    @CommandHandler
    void handle(AffiliateUnit command) {
        if (!orgId.equals(command.orgId())) {
            throw new AggregateNotFoundException(unitId, "no such federation unit");
        }
        apply(FederationRules.affiliate(level, formedOn, command));
    }

    @EventSourcingHandler
    void on(FederationUnitFormed event) {
        unitId = event.unitId();
        orgId = event.orgId();
        level = event.level();
        formedOn = event.formedOn();
    }
}
