-- Money received on loans written off (LoanRecoveryReceived): income, counted apart from repayments.
create table loan_recovery (
    recovery_id  varchar(64)    primary key,
    loan_id      varchar(64)    not null,
    org_id       varchar(64)    not null,
    amount       numeric(19, 2) not null,
    currency     varchar(3)     not null,
    recovered_on date           not null
);
create index loan_recovery_org_date on loan_recovery (org_id, recovered_on);
