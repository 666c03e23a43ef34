-- Collection sheets (ADR 0016). What the sheet needs to know of other contexts, from the topics (inbox views):
-- each member's cohesion group and the name she is called by at the meeting (ADR 0008: null once erased), the
-- cohesion groups' names (members topic), each savings account's owner and
-- product, and each product's minimum deposit by date (savings topic). member_saving gains the account each movement
-- was on (null for rows recorded before this migration, which no sheet balance counts).
create table member_cohesion (
    org_id            varchar(64)  not null,
    member_id         varchar(64)  not null,
    cohesion_group_id varchar(64),
    name              varchar(200),
    seen_event_id     varchar(255) not null,
    primary key (org_id, member_id)
);

create table cohesion_group (
    org_id            varchar(64)  not null,
    group_id          varchar(64)  not null,
    cohesion_group_id varchar(64)  not null,
    name              varchar(200) not null,
    seen_event_id     varchar(255) not null,
    primary key (org_id, cohesion_group_id)
);

create table known_savings_account (
    org_id        varchar(64)  not null,
    account_id    varchar(64)  not null,
    member_id     varchar(64),
    currency      char(3)      not null,
    product_id    varchar(64),
    opened_on     date         not null,
    closed_on     date,
    seen_event_id varchar(255) not null,
    primary key (org_id, account_id)
);
create index known_savings_account_by_member on known_savings_account (org_id, member_id);

create table savings_minimum_deposit (
    org_id          varchar(64)    not null,
    product_id      varchar(64)    not null,
    effective_from  date           not null,
    minimum_deposit numeric(19, 2) not null,
    seen_event_id   varchar(255)   not null,
    primary key (org_id, product_id, effective_from)
);

alter table member_saving add column account_id varchar(64);
create index member_saving_by_account on member_saving (org_id, account_id);

-- The sheets posted, kept with the sheet's events in the transaction that appends them: one primary sheet per group
-- and meeting (a second is accepted only marked supplementary), and the held cash staff have still to resolve.
create table collection_sheet (
    org_id        varchar(64) not null,
    sheet_id      varchar(64) not null,
    group_id      varchar(64) not null,
    meeting_date  date        not null,
    supplementary boolean     not null,
    primary key (org_id, sheet_id)
);
create unique index collection_sheet_one_primary on collection_sheet (org_id, group_id, meeting_date)
    where not supplementary;

create table held_cash (
    org_id      varchar(64)    not null,
    sheet_id    varchar(64)    not null,
    line        integer        not null,
    member_id   varchar(64)    not null,
    group_id    varchar(64)    not null,
    amount      numeric(19, 2) not null,
    currency    char(3)        not null,
    reason      text           not null,
    held_on     date           not null,
    primary key (org_id, sheet_id, line)
);
create index held_cash_by_group on held_cash (org_id, group_id);

-- Each payment a sheet's line (or a resolution) made, by its movement id, with the event that records it: a sheet's
-- result reads one index instead of every loan's history.
create table collection_movement (
    org_id       varchar(64)  not null,
    movement_id  varchar(64)  not null,
    aggregate_id varchar(64)  not null,
    event_id     varchar(255) not null,
    primary key (org_id, movement_id, event_id)
);
