-- A member's placements over time: one row per stint in a group (and cohesion group), from its first day to the
-- day it ended (exclusive; none while it lasts). A transfer ends one stint and starts the next; an exit ends the
-- last. "Members of a group on D" reads the stints, so a group as of any date shows who sat in it then.
create table roster_stint (
    org_id            varchar(64) not null,
    member_id         varchar(64) not null,
    group_id          varchar(64) not null,
    cohesion_group_id varchar(64),
    from_date         date        not null,
    to_date           date,
    primary key (org_id, member_id, from_date)
);
create index roster_stint_by_group on roster_stint (org_id, group_id);

insert into roster_stint (org_id, member_id, group_id, cohesion_group_id, from_date, to_date)
select org_id, member_id, group_id, cohesion_group_id, enrolled_on, exited_on from roster;

-- Federation units: which level each is, so an affiliation can be checked against the level above.
create table federation_unit (
    org_id  varchar(64) not null,
    unit_id varchar(64) not null,
    level   varchar(64) not null,
    primary key (org_id, unit_id)
);

-- Affiliations along the federation tree, dated: a group to a unit, a unit to a unit of the next level up. The
-- parent in force on D is the latest affiliation dated on or before D.
create table federation_affiliation (
    org_id         varchar(64) not null,
    child_id       varchar(64) not null,
    child_kind     varchar(8)  not null,
    parent_unit_id varchar(64) not null,
    from_date      date        not null,
    primary key (org_id, child_id, from_date)
);
