package org.kisti.events.loan;

import org.kisti.events.Money;

/** What a payment paid on one instalment (by its number): its fee, then its interest, then its principal. */
public record PaymentSplit(int installment, Money fee, Money interest, Money principal) {}
