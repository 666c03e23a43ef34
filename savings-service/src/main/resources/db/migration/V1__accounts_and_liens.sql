-- Command-side tables of savings-service. savings_account and savings_product follow this service's own events in
-- the transaction that appends them (AccountRegister); the others follow other services' topics through the inbox.

-- Every account, so a posting run finds the organisation's accounts and a lien or a refund finds hers.
create table savings_account (
    org_id      varchar(64) not null,
    account_id  varchar(64) not null,
    member_id   varchar(64),
    group_id    varchar(64),
    currency    char(3)     not null,
    product_id  varchar(64),
    opened_on   date        not null,
    closed_on   date,
    primary key (org_id, account_id)
);
create index savings_account_member on savings_account (org_id, member_id);

-- Each product's kind (it says which account a lien holds: her compulsory savings first).
create table savings_product (
    org_id     varchar(64) not null,
    product_id varchar(64) not null,
    kind       varchar(16) not null,
    primary key (org_id, product_id)
);

-- Groups as the members topic says (a group's fund is opened only for a group of the organisation, not closed).
create table known_group (
    org_id        varchar(64)  not null,
    group_id      varchar(64)  not null,
    formed_on     date         not null,
    closed_on     date,
    seen_event_id varchar(255) not null,
    primary key (org_id, group_id)
);

-- One row per loan that required savings (LienProcess): the account held, or none if she had no account in the
-- loan's currency; released_on once the loan's repaid (or settled, or written off) fact arrived.
create table savings_lien (
    org_id       varchar(64)   not null,
    loan_id      varchar(64)   not null,
    member_id    varchar(64)   not null,
    account_id   varchar(64),
    amount       numeric(19,2) not null,
    currency     char(3)       not null,
    placed_on    date,
    released_on  date,
    seen_event_id varchar(255) not null,
    primary key (org_id, loan_id)
);
create index savings_lien_member on savings_lien (org_id, member_id);

-- Members whose exit was requested, with the day she left: her refund is dated the later of it and the day the
-- last lien went (ExitRefunds).
create table leaving_member (
    org_id        varchar(64)  not null,
    member_id     varchar(64)  not null,
    exit_date     date         not null,
    seen_event_id varchar(255) not null,
    primary key (org_id, member_id)
);

-- The register starts with what the event store already holds (payloads are JSON text; older versions lack fields,
-- read as null, as their upcasts say), so accounts opened before this migration are posted and found too.
insert into savings_account (org_id, account_id, member_id, group_id, currency, product_id, opened_on)
select p->>'orgId', p->>'accountId', p->>'memberId', p->>'groupId', p->>'currency', p->>'productId',
       (p->>'openedOn')::date
from (select payload::jsonb as p from domain_event_entry
      where payload_type = 'org.kisti.events.savings.SavingsAccountOpened') opened;

update savings_account a set closed_on = (c.p->>'closedOn')::date
from (select payload::jsonb as p from domain_event_entry
      where payload_type = 'org.kisti.events.savings.SavingsAccountClosed') c
where a.org_id = c.p->>'orgId' and a.account_id = c.p->>'accountId';

insert into savings_product (org_id, product_id, kind)
select distinct on (p->>'orgId', p->>'productId') p->>'orgId', p->>'productId', p->>'kind'
from (select payload::jsonb as p, global_index from domain_event_entry
      where payload_type = 'org.kisti.events.savings.SavingsProductVersioned') versioned
order by p->>'orgId', p->>'productId', global_index desc;
