package org.kisti.member.branch;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseBranch(String orgId, @TargetAggregateIdentifier String branchId, LocalDate closedOn) {}
