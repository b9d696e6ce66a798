-- Module calendar: the working-day calendar of the whole platform (DOMAIN §8, §11). Per year the State
-- Council's notice (whether it is imported, which notice, who imported it when), its days (public
-- holidays and the adjusted working weekends), and beside them the quiet-production days (企业安静生产日).
-- Weekends are not stored: every Saturday and Sunday is a day off unless it is a WORKING_WEEKEND row.
create schema if not exists calendar;

create table calendar.years (
    year             integer     not null primary key check (year between 2000 and 2100),
    notice_imported  boolean     not null default false,
    notice_title     text,
    notice_reference text,
    imported_by      text,
    imported_at      timestamptz,
    changed_at       timestamptz not null default now(),
    check (notice_imported = (imported_at is not null))
);

create table calendar.days (
    day  date    not null primary key,
    year integer not null references calendar.years (year),
    kind text    not null check (kind in ('HOLIDAY', 'WORKING_WEEKEND')),
    note text    not null default '',
    check (extract(year from day) = year),
    check (kind <> 'WORKING_WEEKEND' or extract(isodow from day) in (6, 7))
);
create index days_year_idx on calendar.days (year);

create table calendar.quiet_days (
    id           bigint generated always as identity primary key,
    day          date        not null,
    -- the jurisdiction's code (identity's jurisdictions); null: the whole city
    jurisdiction text,
    note         text        not null default '',
    created_by   text        not null,
    created_at   timestamptz not null
);
create unique index quiet_days_day_jurisdiction_idx on calendar.quiet_days (day, coalesce(jurisdiction, ''));

-- 2026: State Council General Office notice of 4 Nov 2025 (DOMAIN §11), shipped as imported.
insert into calendar.years (year, notice_imported, notice_title, notice_reference, imported_by, imported_at)
values (2026, true, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', null, 'system', now());

insert into calendar.days (day, year, kind, note)
select d::date, 2026, 'HOLIDAY', note
from (values ('2026-01-01', '2026-01-03', '元旦'),
             ('2026-02-15', '2026-02-23', '春节'),
             ('2026-04-04', '2026-04-06', '清明节'),
             ('2026-05-01', '2026-05-05', '劳动节'),
             ('2026-06-19', '2026-06-21', '端午节'),
             ('2026-09-25', '2026-09-27', '中秋节'),
             ('2026-10-01', '2026-10-07', '国庆节')) as holiday (first_day, last_day, note),
     generate_series(first_day::date, last_day::date, interval '1 day') as d;

insert into calendar.days (day, year, kind, note)
values ('2026-01-04', 2026, 'WORKING_WEEKEND', '元旦调休上班'),
       ('2026-02-14', 2026, 'WORKING_WEEKEND', '春节调休上班'),
       ('2026-02-28', 2026, 'WORKING_WEEKEND', '春节调休上班'),
       ('2026-05-09', 2026, 'WORKING_WEEKEND', '劳动节调休上班'),
       ('2026-09-20', 2026, 'WORKING_WEEKEND', '国庆节调休上班'),
       ('2026-10-10', 2026, 'WORKING_WEEKEND', '国庆节调休上班');

-- 2027: weekends only until ADMIN imports the notice (it appears around November 2026).
insert into calendar.years (year, notice_imported) values (2027, false);
