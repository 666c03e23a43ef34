package org.kisti.savings.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.savings.SavingsKind;

public record VersionSavingsProduct(String orgId, @TargetAggregateIdentifier String productId, LocalDate effectiveFrom,
        String name, SavingsKind kind, String currency, BigDecimal minimumDeposit, BigDecimal minimumBalance,
        BigDecimal annualInterestRate, String balanceBasis, String postingPeriod, Integer termMonths) {}
