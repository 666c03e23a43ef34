package org.kisti.loan.infra;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.kisti.eventsourcing.axon.AxonModule;
import org.kisti.loan.account.Loan;

@Singleton
public class LoanAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Loan.class);
    }
}
