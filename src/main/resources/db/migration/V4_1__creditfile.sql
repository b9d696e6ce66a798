-- Module creditfile: flags per entity, recomputed when a batch names the entity.
create schema if not exists creditfile;

create table creditfile.flags (
    entity_code text        not null,
    flag        text        not null,
    since       date,
    until       date,                   -- null: open-ended; read as current while until >= today
    count       int         not null,
    updated_at  timestamptz not null,
    primary key (entity_code, flag)
);
create index flags_flag_idx on creditfile.flags (flag, until);
