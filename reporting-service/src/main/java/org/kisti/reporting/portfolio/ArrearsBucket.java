package org.kisti.reporting.portfolio;

import java.math.BigDecimal;

/** The open loans of one key and currency that are the same number of days in arrears: how many, owing what. */
record ArrearsBucket(String currency, long days, long loans, BigDecimal outstanding, BigDecimal overdue) {}
