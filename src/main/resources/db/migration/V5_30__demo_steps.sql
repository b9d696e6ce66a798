-- The demo's steps (docs/demo.md): one row per step done, claimed in the transaction that does the
-- step's work, so each step runs once per database whatever the number of instances.
create schema if not exists demo;

create table demo.steps (
    name    text primary key,
    done_at timestamptz not null
);

-- The markers kept by the registry and ingestion before the demo had its own module: a database that
-- already holds the city or the departments' files does not get them again.
insert into demo.steps (name, done_at) select 'city', loaded_at from registry.demo_loads;
insert into demo.steps (name, done_at) select 'department-files', loaded_at from ingestion.demo_loads;

drop table registry.demo_loads;
drop table ingestion.demo_loads;
