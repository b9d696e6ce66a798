-- Module ingestion: source departments, batches (with their files), versioned credit records,
-- quarantined rows, exports to upper-level platforms.
create schema if not exists ingestion;

create table ingestion.departments (
    id             bigint generated always as identity primary key,
    code           text        not null unique,    -- the department's own unified social credit code
    name           text        not null,
    kind           text        not null,           -- HORIZONTAL | INTERNAL
    record_kinds   text[]      not null,
    header_mapping jsonb       not null default '{}', -- per kind: {"PENALTY": {"their header": "fieldName"}}
    api_key_id     bigint,                          -- identity.api_keys id of the department's current key
    created_at     timestamptz not null,
    created_by     text        not null,
    updated_at     timestamptz not null,
    version        int         not null default 1
);

create table ingestion.batches (
    id            bigint generated always as identity primary key,
    department_id bigint      not null references ingestion.departments (id),
    kind          text        not null,
    channel       text        not null,            -- FILE | PUSH | CORRECTION
    file_name     text,
    format        text        not null,            -- CSV | XLSX | JSON
    encoding      text,
    byte_size     bigint      not null,
    status        text        not null,            -- QUEUED | RUNNING | COMPLETED | FAILED
    attempts      int         not null default 0,
    rows          int         not null default 0,
    accepted      int         not null default 0,
    duplicates    int         not null default 0,
    quarantined   int         not null default 0,
    flagged       int         not null default 0,
    unmatched     int         not null default 0,  -- quarantined because no entity matched
    progress      real        not null default 0,  -- share of the file read, 0..1
    failure_code  text,
    submitted_at  timestamptz not null,
    submitted_by  text        not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    updated_at    timestamptz not null,
    corrects      bigint                            -- for a CORRECTION batch: the quarantined row it resubmits
);
create index batches_queue_idx on ingestion.batches (status, id);
create index batches_department_idx on ingestion.batches (department_id, id desc);

-- The bytes as received, kept so that a failed batch can be re-run (separate: listings never read them).
create table ingestion.batch_files (
    batch_id bigint primary key references ingestion.batches (id),
    content  bytea not null
);
-- Stored as received, uncompressed: XLSX is compressed already, and each batch reads its file whole.
alter table ingestion.batch_files alter column content set storage external;

-- Every version of every record; exactly one current version per identity
-- (department, kind, natural key, entity).
create table ingestion.records (
    id            bigint generated always as identity primary key,
    department_id bigint      not null,
    kind          text        not null,
    natural_key   text        not null,
    entity_code   text        not null,
    version       int         not null,
    current       boolean     not null,
    decided_on    date,
    valid_until   date,
    payload       json        not null,            -- normalised national fields by English name (read whole: json, not jsonb)
    payload_hash  text        not null,
    flagged       boolean     not null default false,
    batch_id      bigint      not null,
    row_number    int         not null,
    received_at   timestamptz not null
);
-- Few indexes on purpose: each one costs every bulk insert. This one keeps a record identity current
-- once and, entity code first, also serves credit files; exports, statistics and version histories scan.
create unique index records_identity_idx on ingestion.records (entity_code, department_id, kind, natural_key) where current;

-- Rows that could not be accepted, with what the department sent and why.
create table ingestion.quarantine (
    id                bigint generated always as identity primary key,
    batch_id          bigint      not null references ingestion.batches (id),
    row_number        int         not null,
    raw_values        jsonb       not null,        -- field name -> text as sent (fields the kind knows only)
    problems          jsonb       not null,        -- [{"field":…, "code":…, "arguments":[…]}]
    status            text        not null default 'OPEN', -- OPEN | RESUBMITTED | DISMISSED
    resolved_batch_id bigint,
    resolved_at       timestamptz,
    resolved_by       text
);
create index quarantine_batch_idx on ingestion.quarantine (batch_id, row_number);
create index quarantine_open_idx on ingestion.quarantine (id) where status = 'OPEN';

create table ingestion.exports (
    id           bigint generated always as identity primary key,
    destination  text        not null,             -- PREFECTURE | NATIONAL
    kind         text        not null,
    period_from  date        not null,
    period_to    date        not null,
    format       text        not null,             -- CSV | XLSX
    records      int         not null,
    file_name    text        not null,
    created_at   timestamptz not null,
    created_by   text        not null
);

create table ingestion.export_files (
    export_id bigint primary key references ingestion.exports (id),
    content   bytea not null
);

-- Which record (version) went to which destination: counts per destination and month without doubles.
create table ingestion.export_items (
    destination text   not null,
    record_id   bigint not null,
    export_id   bigint not null,
    month       date   not null,                   -- first day of the record's decision month
    primary key (destination, record_id)
);

-- The demo departments' files were queued (once per database, see --demo).
create table ingestion.demo_loads (
    id        int primary key check (id = 1),
    seed      bigint      not null,
    batches   int         not null,
    loaded_at timestamptz not null
);
