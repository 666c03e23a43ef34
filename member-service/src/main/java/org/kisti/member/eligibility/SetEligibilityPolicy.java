package org.kisti.member.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetEligibilityPolicy(String orgId, @TargetAggregateIdentifier String policyId, LocalDate effectiveFrom,
        Integer minAge, Integer maxAge, BigDecimal landDecimals, List<String> allowedGenders,
        Boolean onePerHousehold, Integer groupMinSize, Integer groupMaxSize, Integer cohesionMinSize,
        Integer cohesionMaxSize, Integer trainedAfterWeeks) {}
