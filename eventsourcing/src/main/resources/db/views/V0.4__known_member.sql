-- The members of each organisation as this service knows them from kisti.members.v1 (MembersView), with the event
-- each row reflects, so a decision can say what it saw.
create table known_member (
    org_id         varchar(64)  not null,
    member_id      varchar(64)  not null,
    group_id       varchar(64)  not null,
    enrolled_on    date         not null,
    status         varchar(16)  not null,
    seen_event_id  varchar(255) not null,
    seen_at        timestamptz  not null,
    primary key (org_id, member_id)
);
