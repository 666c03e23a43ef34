-- Records the projection could not apply (an unknown type, an unreadable value), kept whole until a fixed or
-- upgraded service applies them (org.kisti.platform.parking.ParkedRecords); later records of the aggregate wait behind.
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
