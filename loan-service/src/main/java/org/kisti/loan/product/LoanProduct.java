package org.kisti.loan.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.loan.product.ProductCommands.VersionProduct;

/** A loan product: its dated versions, a thin shell over {@link ProductRules}. */
public class LoanProduct {

    @AggregateIdentifier
    private String productId;
    private String orgId;
    private LocalDate latestEffectiveFrom;

    protected LoanProduct() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(VersionProduct command) {
        if (orgId != null && !orgId.equals(command.orgId())) {
            throw new AggregateNotFoundException(command.productId(), "no such product");
        }
        apply(ProductRules.version(latestEffectiveFrom, command));
    }

    @EventSourcingHandler
    void on(LoanProductVersioned event) {
        productId = event.productId();
        orgId = event.orgId();
        latestEffectiveFrom = event.effectiveFrom();
    }
}
