-- Axon's event store and token store, in snake case (see AxonRuntime.EVENT_SCHEMA and TOKEN_SCHEMA).
-- Payloads and metadata are JSON text, so an auditor can read any stream with plain SQL.
create table domain_event_entry (
    global_index         bigserial    not null primary key,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              text         not null,
    meta_data            text,
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              text         not null,
    meta_data            text,
    primary key (aggregate_identifier, sequence_number)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          text,
    token_type     varchar(255),
    time_stamp     varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- Events are facts: the store refuses to change or remove one, whoever asks. Corrections are new events.
create function refuse_event_change() returns trigger language plpgsql as $$
begin
    raise exception 'events are immutable: % on domain_event_entry is not allowed', tg_op;
end;
$$;

create trigger domain_event_entry_append_only
    before update or delete on domain_event_entry
    for each row execute function refuse_event_change();

create trigger domain_event_entry_no_truncate
    before truncate on domain_event_entry
    for each statement execute function refuse_event_change();
