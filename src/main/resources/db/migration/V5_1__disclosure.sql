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
