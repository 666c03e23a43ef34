package org.kisti.loan.collection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kisti.events.collection.CollectionEvent;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.HeldCashResolved;

/** A posted collection sheet: a thin shell over {@link SheetRules} and {@link SheetState}. */
public class CollectionSheet {

    @AggregateIdentifier
    private String sheetId;
    private final SheetState state = new SheetState();

    protected CollectionSheet() {
        // for Axon, which rebuilds the sheet from its events
    }

    @CommandHandler
    public CollectionSheet(SheetCommands.PostCollectionSheet command) {
        apply(SheetRules.post(command));
    }

    @CommandHandler
    void handle(SheetCommands.HoldLines command) {
        requireOrganisation(command.orgId());
        SheetRules.hold(state, command).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    HeldCashResolved handle(SheetCommands.ResolveHeldCash command) {
        requireOrganisation(command.orgId());
        HeldCashResolved resolved = SheetRules.resolve(state, command);
        apply(resolved);
        return resolved;
    }

    private void requireOrganisation(String orgId) {
        if (!state.orgId.equals(orgId)) {
            // Another tenant's sheet is answered as if it did not exist.
            throw new AggregateNotFoundException(sheetId, "no such collection sheet");
        }
    }

    @EventSourcingHandler
    void on(CollectionEvent event) {
        if (event instanceof CollectionSheetPosted posted) {
            sheetId = posted.sheetId();
        }
        state.evolve(event);
    }
}
