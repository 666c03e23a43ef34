-- What days in arrears, overdue and portfolio at risk need, as of any date: each schedule version of a loan (the
-- disbursed one from its disbursement, each reschedule's from its effective day) and the split of every standing
-- payment per instalment (replaced when a later fact re-allocates it, deleted when it is reversed). A settlement's
-- rebate counts as settled (its payment id prefixed "rebate:"), so a settled loan owes nothing from its day.
create table loan_installment (
    loan_id      varchar(64)    not null,
    version_from date           not null,
    number       integer        not null,
    due_date     date           not null,
    amount       numeric(19, 2) not null,
    primary key (loan_id, version_from, number)
);

create table loan_split (
    payment_id varchar(80)    not null,
    loan_id    varchar(64)    not null,
    number     integer        not null,
    amount     numeric(19, 2) not null,
    paid_on    date           not null,
    primary key (payment_id, number)
);
create index loan_split_by_loan on loan_split (loan_id, paid_on);
