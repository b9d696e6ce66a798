-- Module disclosure: public credit reports as issued, so that anyone can verify a printed one.
create schema if not exists disclosure;

create table disclosure.issued_reports (
    verification_code text        primary key,
    entity_code       text        not null,
    issued_at         timestamptz not null,
    content_sha256    char(64)    not null,
    content           text        not null     -- the report as issued (JSON), public data only
);
create index issued_reports_entity_idx on disclosure.issued_reports (entity_code, issued_at desc);

-- Objections (异议) to public records: anyone may object; reviewers answer. The contact is personal
-- data: shown to reviewers only, never on a public surface.
create table disclosure.objections (
    id            bigint generated always as identity primary key,
    entity_code   text        not null,
    record_kind   text,
    document_number text,
    reason        text        not null,
    contact       text        not null,
    status        text        not null default 'OPEN',   -- OPEN | CONFIRMED | CORRECTED | REJECTED
    answer        text,
    raised_at     timestamptz not null,
    answered_at   timestamptz,
    answered_by   text
);
create index objections_open_idx on disclosure.objections (entity_code) where status = 'OPEN';

-- The public change feed: an entity whose public information may have changed, in order. Consumers
-- re-read the entity's public report; the cursor is the sequence number.
create table disclosure.changes (
    seq         bigint generated always as identity primary key,
    entity_code text        not null,
    reason      text        not null,   -- REGISTRY | RECORDS | OBJECTION
    changed_at  timestamptz not null
);
