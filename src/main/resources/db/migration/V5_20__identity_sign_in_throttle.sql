-- Module identity: the throttle of failed sign-ins per client address (and across all addresses),
-- and the failures not yet summarised in the audit log. Kept here, not in memory, so that every
-- instance sharing the database applies the same limits (as the per-account lockout does).

-- Per client address (an IPv6 address counts by its /64 network).
create table identity.sign_in_addresses (
    client_address       text        not null primary key,
    -- this address's failures within the last window, oldest first (never more than the limit)
    failures             timestamptz[] not null default '{}',
    last_failure_at      timestamptz not null,
    -- what the next audit summary of this address will say
    unaudited_failures   int         not null default 0,
    unaudited_refusals   bigint      not null default 0,
    unaudited_since      timestamptz,
    unaudited_user_names text[]      not null default '{}',
    unaudited_more_names boolean     not null default false
);
create index sign_in_addresses_unaudited_idx on identity.sign_in_addresses (unaudited_since)
    where unaudited_since is not null;
create index sign_in_addresses_last_failure_idx on identity.sign_in_addresses (last_failure_at);

-- Failures across all addresses, in buckets of ten seconds, for the global ceiling.
create table identity.sign_in_failure_counts (
    bucket_start timestamptz not null primary key,
    failures     int         not null
);

-- A run of failures for an account and address is forgotten after a quiet lockout period (purge).
create index sign_in_failures_last_failure_idx on identity.sign_in_failures (last_failure_at);
