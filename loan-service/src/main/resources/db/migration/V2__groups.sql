-- What loan-service knows of groups from the members topic (fed by its inbox): each group's branch, and its field
-- officer from each date, so a loan records her group, branch and officer on its disbursement date.
create table known_group (
    org_id        varchar(64)  not null,
    group_id      varchar(64)  not null,
    branch_id     varchar(64)  not null,
    seen_event_id varchar(255) not null,
    primary key (org_id, group_id)
);

create table group_officer (
    org_id        varchar(64)  not null,
    group_id      varchar(64)  not null,
    officer_id    varchar(64)  not null,
    from_date     date         not null,
    seen_event_id varchar(255) not null,
    primary key (org_id, group_id, from_date, seen_event_id)
);
