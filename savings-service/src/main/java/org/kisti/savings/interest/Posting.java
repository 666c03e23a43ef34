package org.kisti.savings.interest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One posting the account would get: interest for [periodStart, periodEnd], both included, rounded HALF_UP to 0.01. */
public record Posting(LocalDate periodStart, LocalDate periodEnd, BigDecimal interest) {}
