package org.kisti.savings.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.kisti.events.Currencies;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.platform.problem.BusinessRuleViolation;

/** A savings product: dated versions, each from its own date on, never reaching back before the latest. */
public class SavingsProduct {

    @AggregateIdentifier
    private String productId;
    private String orgId;
    private LocalDate latestEffectiveFrom;

    protected SavingsProduct() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(VersionSavingsProduct command) {
        if (orgId != null && !orgId.equals(command.orgId())) {
            throw new AggregateNotFoundException(command.productId(), "no such savings product");
        }
        if (latestEffectiveFrom != null && command.effectiveFrom().isBefore(latestEffectiveFrom)) {
            throw new BusinessRuleViolation("effectiveFrom", "must not be before the latest version's, "
                    + latestEffectiveFrom + "; a product changes from a date on, never back in time");
        }
        if (!Currencies.isAccepted(command.currency())) {
            throw new BusinessRuleViolation("currency", Currencies.RULE);
        }
        if ((command.kind() == SavingsKind.TERM) != (command.termMonths() != null)) {
            throw new BusinessRuleViolation("termMonths", "a TERM product has a term in months, and only a TERM"
                    + " product has one");
        }
        apply(new SavingsProductVersioned(command.orgId(), command.productId(), command.effectiveFrom(),
                command.name(), command.kind(), command.currency(), command.minimumDeposit(),
                command.minimumBalance(), command.annualInterestRate(), command.balanceBasis(),
                command.postingPeriod(), command.termMonths()));
    }

    @EventSourcingHandler
    void on(SavingsProductVersioned event) {
        productId = event.productId();
        orgId = event.orgId();
        latestEffectiveFrom = event.effectiveFrom();
    }
}
