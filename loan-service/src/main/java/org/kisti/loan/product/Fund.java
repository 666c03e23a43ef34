package org.kisti.loan.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.kisti.events.Currencies;
import org.kisti.events.origination.FundRegistered;
import org.kisti.loan.product.ProductCommands.RegisterFund;
import org.kisti.platform.problem.BusinessRuleViolation;

/** A source loans are funded from. */
public class Fund {

    @AggregateIdentifier
    private String fundId;

    protected Fund() {
        // for Axon
    }

    @CommandHandler
    Fund(RegisterFund command) {
        if (!Currencies.isAccepted(command.currency())) {
            throw new BusinessRuleViolation("currency", Currencies.RULE);
        }
        apply(new FundRegistered(command.orgId(), command.fundId(), command.name(), command.funderId(),
                command.currency(), command.registeredOn()));
    }

    @EventSourcingHandler
    void on(FundRegistered event) {
        fundId = event.fundId();
    }
}
