-- The state of each process manager instance (org.kisti.eventsourcing.process.ProcessManager), written in the inbox's
-- transaction together with the events its commands append, so a restart mid-process repeats and loses nothing.
create table process_state (
    process       varchar(100) not null,
    instance      varchar(255) not null,
    state         text         not null,
    ended         boolean      not null,
    last_event_id varchar(255) not null,
    updated_at    timestamptz  not null default now(),
    primary key (process, instance)
);
