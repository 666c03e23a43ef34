-- The portfolio projection: one row per fact, keyed by the fact's own id, each with its business date, so every figure
-- can be recomputed as of any past date by filtering on that date. Rows are never updated: a correction arrives as a
-- new fact (a reversal), as in the ledger itself.

-- How far each aggregate's stream has been applied. Updated in the same transaction as the rows an event writes, so
-- a redelivered event (sequence <= last_sequence) is recognised and changes nothing.
create table applied_position (
    aggregate_id  varchar(64) primary key,
    last_sequence bigint      not null
);

create table member (
    member_id   varchar(64) primary key,
    org_id      varchar(64) not null,
    group_id    varchar(64) not null,
    enrolled_on date        not null
);
create index member_org_date on member (org_id, enrolled_on);

create table savings_account (
    account_id varchar(64) primary key,
    org_id     varchar(64) not null,
    member_id  varchar(64) not null,
    currency   varchar(3)  not null,
    opened_on  date        not null
);
create index savings_account_org on savings_account (org_id);

-- Signed movements: deposits are positive; withdrawals, refunds and interest postings will join as their own kinds.
create table savings_movement (
    movement_id varchar(64)    primary key,
    kind        varchar(32)    not null,
    account_id  varchar(64)    not null,
    org_id      varchar(64)    not null,
    amount      numeric(19, 2) not null,
    currency    varchar(3)     not null,
    moved_on    date           not null
);
create index savings_movement_org_date on savings_movement (org_id, moved_on);

create table loan (
    loan_id      varchar(64)    primary key,
    org_id       varchar(64)    not null,
    member_id    varchar(64)    not null,
    principal    numeric(19, 2) not null,
    currency     varchar(3)     not null,
    disbursed_on date           not null
);
create index loan_org_date on loan (org_id, disbursed_on);

create table loan_repayment (
    payment_id     varchar(64)    primary key,
    loan_id        varchar(64)    not null,
    org_id         varchar(64)    not null,
    principal_paid numeric(19, 2) not null,
    interest_paid  numeric(19, 2) not null,
    fee_paid       numeric(19, 2) not null,
    currency       varchar(3)     not null,
    paid_on        date           not null
);
create index loan_repayment_loan_date on loan_repayment (loan_id, paid_on);
