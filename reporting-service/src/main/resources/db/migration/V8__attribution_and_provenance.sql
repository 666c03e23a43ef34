-- What the roll-ups need, with the dates each fact holds from, so a report as of D attributes by what held on D:
-- a member's group (enrolment, transfers), a group's branch and officer, its affiliation to a federation unit and
-- each unit's to its parent; and what a loan recorded at disbursement (product, fund, funder, purpose).
create table member_group (
    member_id  varchar(64) not null,
    valid_from date        not null,
    group_id   varchar(64) not null,
    primary key (member_id, valid_from)
);
-- Members projected before this table existed: their current group, from their enrolment (the facts of structure and
-- funds before this version were not kept either: run the rebuild once after upgrading, POST /v1/admin/projection/rebuild).
insert into member_group (member_id, valid_from, group_id) select member_id, enrolled_on, group_id from member;

create table branch (
    branch_id varchar(64)  primary key,
    org_id    varchar(64)  not null,
    code      varchar(64),
    name      varchar(200) not null
);

create table org_group (
    group_id  varchar(64)  primary key,
    org_id    varchar(64)  not null,
    branch_id varchar(64)  not null,
    name      varchar(200) not null,
    formed_on date         not null
);
create index org_group_org on org_group (org_id);

create table group_officer (
    group_id   varchar(64) not null,
    valid_from date        not null,
    officer_id varchar(64) not null,
    primary key (group_id, valid_from)
);

create table federation_unit (
    unit_id varchar(64)  primary key,
    org_id  varchar(64)  not null,
    level   varchar(64)  not null,
    name    varchar(200) not null
);

create table group_affiliation (
    group_id   varchar(64) not null,
    valid_from date        not null,
    unit_id    varchar(64) not null,
    primary key (group_id, valid_from)
);

create table unit_affiliation (
    unit_id        varchar(64) not null,
    valid_from     date        not null,
    parent_unit_id varchar(64) not null,
    primary key (unit_id, valid_from)
);

create table fund (
    fund_id   varchar(64)  primary key,
    org_id    varchar(64)  not null,
    funder_id varchar(64)  not null,
    name      varchar(200) not null
);

alter table loan add column product_id varchar(64);
alter table loan add column fund_id varchar(64);
alter table loan add column funder_id varchar(64);
alter table loan add column purpose varchar(64);

-- Provenance: per topic partition, the offset before which every record has been applied (or found applied before),
-- moved in the record's own transaction, so a report read in one snapshot can say exactly which facts it saw.
create table applied_offset (
    topic           varchar(255) not null,
    kafka_partition integer      not null,
    next_offset     bigint       not null,
    primary key (topic, kafka_partition)
);

-- Classification and provisioning policies: this service's own dated configuration (not a projected fact, so a
-- rebuild keeps it). Append-only: a policy applies from effective_from; a later PUT for the same day supersedes it
-- by recorded_at, and both stay for the audit trail.
create table classification_policy (
    org_id         varchar(64) not null,
    effective_from date        not null,
    recorded_at    timestamptz not null,
    recorded_by    varchar(255) not null,
    classes        text        not null,
    primary key (org_id, effective_from, recorded_at)
);
