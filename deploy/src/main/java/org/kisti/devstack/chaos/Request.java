package org.kisti.devstack.chaos;

import org.kisti.devstack.KistiService;

/** What the field app asks for, and the one fact each accepted request must leave in its service's event store. */
enum Request {
    OPEN_BRANCH(KistiService.MEMBER, "BranchOpened", "branchId"),
    FORM_GROUP(KistiService.MEMBER, "GroupFormed", "groupId"),
    ENROL(KistiService.MEMBER, "MemberEnrolled", "memberId"),
    OPEN_SAVINGS(KistiService.SAVINGS, "SavingsAccountOpened", "accountId"),
    DEPOSIT(KistiService.SAVINGS, "SavingsDeposited", "depositId"),
    DISBURSE(KistiService.LOAN, "LoanDisbursed", "loanId"),
    REPAY(KistiService.LOAN, "InstallmentPaid", "paymentId"),
    /** A one-member sheet whose lines each leave a fact of their own (see {@link Call#expect}). */
    POST_SHEET(KistiService.LOAN, "CollectionSheetPosted", "sheetId");

    private final KistiService service;
    private final String eventType;
    private final String idField;

    Request(KistiService service, String eventType, String idField) {
        this.service = service;
        this.eventType = eventType;
        this.idField = idField;
    }

    KistiService service() {
        return service;
    }

    /** The simple name of the event's class (the store keeps the full one). */
    String eventType() {
        return eventType;
    }

    /** The field of the event's payload that holds the id the request's 201 named in its Location. */
    String idField() {
        return idField;
    }
}
