-- Command-side tables of member-service, written in the same transaction as the events they follow (the set-based
-- validation pattern): rules across many aggregates (one active member per household, a national id once per
-- organisation, a group's size) are checked here under a row lock, never against a read model that lags.

-- Every group, so that a branch lists its groups and an enrolment can lock the group it joins.
create table org_group (
    org_id    varchar(64) not null,
    group_id  varchar(64) not null,
    branch_id varchar(64) not null,
    primary key (org_id, group_id)
);
create index org_group_by_branch on org_group (org_id, branch_id);

-- Who belongs to which group from which day. exited_on is the day she left (none yet: active).
create table roster (
    org_id            varchar(64) not null,
    member_id         varchar(64) not null,
    group_id          varchar(64) not null,
    cohesion_group_id varchar(64),
    household_key     char(64),
    enrolled_on       date        not null,
    exited_on         date,
    primary key (org_id, member_id)
);
create index roster_by_group on roster (org_id, group_id);
create index roster_by_household on roster (org_id, household_key);

-- Serialises enrolments of one household: the first inserts the row, each locks it before counting.
create table household_lock (
    org_id        varchar(64) not null,
    household_key char(64)    not null,
    primary key (org_id, household_key)
);

-- A national id at most once per organisation, kept only as a keyed hash.
create table national_id_claim (
    org_id          varchar(64) not null,
    national_id_key char(64)    not null,
    member_id       varchar(64) not null,
    primary key (org_id, national_id_key)
);

-- Personal data (ADR 0008): never in events or on Kafka; erased by deleting the row.
create table member_personal (
    org_id        varchar(64)   not null,
    member_id     varchar(64)   not null,
    date_of_birth date          not null,
    gender        varchar(16)   not null,
    household_id  varchar(64)   not null,
    land_decimals numeric(9, 2) not null,
    national_id   varchar(64),
    primary key (org_id, member_id)
);
