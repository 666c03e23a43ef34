package org.kisti.savings.infra;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.kisti.eventsourcing.axon.AxonModule;
import org.kisti.savings.account.SavingsAccount;
import org.kisti.savings.product.SavingsProduct;

@Singleton
public class SavingsAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(SavingsAccount.class);
        configurer.configureAggregate(SavingsProduct.class);
    }
}
