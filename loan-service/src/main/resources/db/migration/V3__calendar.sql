-- What loan-service knows of the organisation's calendar from the members topic (CalendarView): holidays of the
-- organisation (branch_id null) or of one branch, and each group's meeting day from each date, so a due date that
-- falls on a holiday moves as the loan's product says.
create table known_holiday (
    org_id        varchar(64)  not null,
    holiday_id    varchar(64)  not null,
    branch_id     varchar(64),
    day           date         not null,
    seen_event_id varchar(255) not null,
    primary key (org_id, holiday_id)
);
create index known_holiday_by_day on known_holiday (org_id, day);

create table group_meeting (
    org_id        varchar(64)  not null,
    group_id      varchar(64)  not null,
    meeting_day   varchar(16)  not null,
    from_date     date         not null,
    seen_event_id varchar(255) not null,
    primary key (org_id, group_id, from_date, seen_event_id)
);
