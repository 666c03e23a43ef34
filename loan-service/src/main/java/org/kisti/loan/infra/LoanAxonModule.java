package org.kisti.loan.infra;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.kisti.eventsourcing.axon.AxonModule;
import org.kisti.loan.account.Loan;
import org.kisti.loan.application.LoanApplication;
import org.kisti.loan.application.LoanBook;
import org.kisti.loan.collection.CollectionSheet;
import org.kisti.loan.collection.SheetRegister;
import org.kisti.loan.product.Fund;
import org.kisti.loan.product.LendingPolicy;
import org.kisti.loan.product.LoanProduct;
import org.kisti.loan.servicing.WriteOffPolicy;

@Singleton
public class LoanAxonModule implements AxonModule {

    private final LoanBook loanBook;
    private final SheetRegister sheetRegister;

    public LoanAxonModule(LoanBook loanBook, SheetRegister sheetRegister) {
        this.loanBook = loanBook;
        this.sheetRegister = sheetRegister;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Loan.class);
        configurer.configureAggregate(LoanProduct.class);
        configurer.configureAggregate(LendingPolicy.class);
        configurer.configureAggregate(WriteOffPolicy.class);
        configurer.configureAggregate(Fund.class);
        configurer.configureAggregate(LoanApplication.class);
        configurer.configureAggregate(CollectionSheet.class);
        // member_loan follows the loan events in the transaction that appends them; a failure fails the command.
        configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(LoanBook.GROUP)
                .registerEventHandler(c -> loanBook)
                .registerListenerInvocationErrorHandler(LoanBook.GROUP, c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(SheetRegister.GROUP)
                .registerEventHandler(c -> sheetRegister)
                .registerListenerInvocationErrorHandler(SheetRegister.GROUP, c -> PropagatingErrorHandler.instance()));
    }
}
