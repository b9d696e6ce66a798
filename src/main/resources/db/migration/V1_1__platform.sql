-- Module platform: jobs that run once across instances; Spring Modulith's event publication registry.
create schema if not exists platform;

create table platform.job_runs (
    job         text        not null,
    slot        text        not null,
    instance_id text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    outcome     text,
    primary key (job, slot)
);

-- Spring Modulith 2.0 JDBC event publication registry (schema v2 for PostgreSQL).
create table platform.event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);
