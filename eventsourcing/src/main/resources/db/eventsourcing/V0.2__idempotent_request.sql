-- The first answer to each Idempotency-Key, per organisation, stored with the events the request caused.
create table idempotent_request (
    org_id          varchar(100) not null,
    idempotency_key varchar(200) not null,
    fingerprint     char(64)     not null,
    location        text         not null,
    body            text         not null,
    created_at      timestamptz  not null default now(),
    primary key (org_id, idempotency_key)
);
