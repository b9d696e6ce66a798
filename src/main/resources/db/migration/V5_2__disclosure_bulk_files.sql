-- Module disclosure: the daily public bulk file (a zip of CSV files), kept in the database in parts so
-- that every instance can serve it and a crash while writing leaves nothing half-stored.
create table disclosure.bulk_files (
    day          date        primary key,            -- the legal (Asia/Shanghai) day the file is of
    file_name    text        not null,
    generated_at timestamptz not null,
    size_bytes   bigint      not null,
    sha256       char(64)    not null,
    feed_cursor  bigint      not null,               -- the change feed up to here is in the file
    entities     bigint      not null,
    records      bigint      not null
);

create table disclosure.bulk_file_parts (
    day  date   not null references disclosure.bulk_files (day) on delete cascade,
    part int    not null,
    data bytea  not null,
    primary key (day, part)
);
