package org.kisti.events.origination;

import org.kisti.events.KistiEvent;

/**
 * Facts of a loan's front half: the products and funds it is made from, the lending policy, and each application's
 * fate. Owned by loan-service and published on {@code kisti.loans.v1}, keyed by the product, fund, policy or
 * application they are about.
 */
public sealed interface OriginationEvent extends KistiEvent
        permits LoanProductVersioned, LendingPolicySet, FundRegistered, LoanApplied, LoanApproved, LoanRejected,
        LoanWithdrawn {}
