-- Module audit: the append-only, hash-chained audit trail.
create schema if not exists audit;

create table audit.entries (
    seq            bigint      not null primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    client_address text        not null default '',
    action         text        not null,
    target         text        not null default '',
    details        text        not null default '{}',
    previous_hash  char(64)    not null,
    hash           char(64)    not null unique
);
create index entries_actor_idx on audit.entries (actor, seq);
create index entries_action_idx on audit.entries (action, seq);
create index entries_target_idx on audit.entries (target, seq) where target <> '';
create index entries_occurred_idx on audit.entries (occurred_at);

-- No update or delete path: the database refuses them too.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.entries is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger entries_append_only before update or delete on audit.entries
    for each row execute function audit.refuse_change();
create trigger entries_no_truncate before truncate on audit.entries
    for each statement execute function audit.refuse_change();

create table audit.head_checkpoints (
    id          bigint generated always as identity primary key,
    seq         bigint      not null,
    hash        char(64)    not null,
    recorded_at timestamptz not null
);
