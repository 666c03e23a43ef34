package org.kisti.savings.account;

import java.time.LocalDate;

public record OpenSavingsAccount(String orgId, String accountId, String memberId, String currency, LocalDate openedOn) {}
