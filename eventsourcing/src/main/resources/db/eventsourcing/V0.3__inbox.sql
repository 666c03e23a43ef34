-- The inbox of a write service that acts on other contexts' facts (see org.kisti.eventsourcing.inbox).
-- One row per CloudEvent handled, written in the same transaction as what handling it changed: a redelivered record
-- finds its id here and changes nothing.
create table inbox_handled (
    event_id        varchar(255) primary key,
    topic           varchar(255) not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    handled_at      timestamptz  not null default now()
);

-- Records the service could not apply (an unknown type, an unreadable value), kept whole until a fixed or upgraded
-- service applies them (org.kisti.platform.parking.ParkedRecords); later records of the same aggregate wait behind.
create table parked_record (
    event_id        varchar(255) primary key,
    topic           varchar(255) not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    subject         varchar(255),
    ce_type         varchar(255),
    headers         text         not null,
    payload         bytea,
    reason          text         not null,
    parked_at       timestamptz  not null default now(),
    replayed_at     timestamptz
);
create index parked_record_waiting on parked_record (subject) where replayed_at is null;
