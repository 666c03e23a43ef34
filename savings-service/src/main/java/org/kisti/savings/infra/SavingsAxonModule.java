package org.kisti.savings.infra;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.kisti.eventsourcing.axon.AxonModule;
import org.kisti.savings.account.AccountRegister;
import org.kisti.savings.account.SavingsAccount;
import org.kisti.savings.product.SavingsProduct;

@Singleton
public class SavingsAxonModule implements AxonModule {

    private final AccountRegister register;

    public SavingsAxonModule(AccountRegister register) {
        this.register = register;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(SavingsAccount.class);
        configurer.configureAggregate(SavingsProduct.class);
        // The command-side tables follow their facts in the transaction that appends them: a subscribing processor,
        // and a failure there fails the command rather than being logged and skipped.
        configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(AccountRegister.GROUP)
                .registerEventHandler(c -> register)
                .registerListenerInvocationErrorHandler(AccountRegister.GROUP, c -> PropagatingErrorHandler.instance()));
    }
}
