-- Loan-service's command-side table of each member's loans, kept by LoanBook in the transaction that appends the
-- loan's events: how many of her loans are open (a product's maximum active loans) and how many she has repaid (her
-- next loan's cycle). Backfilled from the loans already in the event store.
create table member_loan (
    org_id       varchar(64) not null,
    member_id    varchar(64) not null,
    loan_id      varchar(64) not null,
    disbursed_on date        not null,
    closed_on    date,
    primary key (org_id, loan_id)
);
create index member_loan_by_member on member_loan (org_id, member_id);

insert into member_loan (org_id, member_id, loan_id, disbursed_on)
select payload::json ->> 'orgId', payload::json ->> 'memberId', payload::json ->> 'loanId',
       (payload::json ->> 'disbursedOn')::date
from domain_event_entry where payload_type = 'org.kisti.events.loan.LoanDisbursed';

update member_loan l set closed_on = paid.paid_on
from (select payload::json ->> 'loanId' as loan_id, max((payload::json ->> 'paidOn')::date) as paid_on
      from domain_event_entry
      where payload_type = 'org.kisti.events.loan.InstallmentPaid'
        and (payload::json -> 'principalOutstandingAfter' ->> 'amount')::numeric = 0
      group by payload::json ->> 'loanId') paid
where l.loan_id = paid.loan_id;

-- What loan-service knows of other contexts' facts for approval (fed by its inbox, ADR 0010): each training a member
-- completed, each version of her organisation's eligibility policy (how many weeks count as trained), each deposit
-- to her savings (her balance on a date is their sum up to it).
create table member_training (
    org_id       varchar(64)  not null,
    member_id    varchar(64)  not null,
    training_id  varchar(64)  not null,
    weeks        integer      not null,
    completed_on date         not null,
    seen_event_id varchar(255) not null,
    primary key (org_id, member_id, training_id)
);

create table training_threshold (
    org_id         varchar(64)  not null,
    effective_from date         not null,
    weeks          integer,
    seen_event_id  varchar(255) not null,
    primary key (org_id, effective_from, seen_event_id)
);

create table member_saving (
    org_id        varchar(64)    not null,
    member_id     varchar(64)    not null,
    deposit_id    varchar(64)    not null,
    currency      char(3)        not null,
    amount        numeric(19, 2) not null,
    deposited_on  date           not null,
    seen_event_id varchar(255)   not null,
    primary key (org_id, deposit_id)
);
create index member_saving_by_member on member_saving (org_id, member_id);
