-- Module identity: users, roles, jurisdictions, sign-in failures, department API keys, HTTP sessions.
create schema if not exists identity;

create table identity.users (
    username      text        not null primary key,
    display_name  text        not null,
    password_hash text        not null,
    roles         text[]      not null,
    department    text,
    jurisdiction  text,
    enabled       boolean     not null default true,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       int         not null default 0
);

-- Consecutive failed sign-ins per account and client address (a lockout is local to the address).
create table identity.sign_in_failures (
    username        text        not null,
    client_address  text        not null,
    failures        int         not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz,
    primary key (username, client_address)
);

-- Machine clients (departments). Only the SHA-256 of each key is kept.
create table identity.api_keys (
    id          bigint generated always as identity primary key,
    client_name text        not null,
    department  text,
    key_prefix  text        not null,
    key_hash    char(64)    not null unique,
    created_at  timestamptz not null,
    created_by  text        not null,
    revoked_at  timestamptz
);

-- Spring Session JDBC, so that any instance can serve any signed-in user.
create table identity.http_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index http_session_ix1 on identity.http_session (session_id);
create index http_session_ix2 on identity.http_session (expiry_time);
create index http_session_ix3 on identity.http_session (principal_name);

create table identity.http_session_attributes (
    session_primary_id char(36)     not null references identity.http_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
