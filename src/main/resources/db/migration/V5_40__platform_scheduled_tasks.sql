-- Module platform: jobs on db-scheduler (docs/jobs.md).

-- db-scheduler's table: one row per scheduled execution (for a recurring job, its next run); a row is
-- "picked" by the one instance running it, which keeps its heartbeat fresh.
create table platform.scheduled_tasks (
    task_name            text        not null,
    task_instance        text        not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on platform.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on platform.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on platform.scheduled_tasks (priority desc, execution_time asc);

-- The run history the jobs page shows (db-scheduler keeps only the next execution). One row per run,
-- retries included; slot is the execution time the run was due at. The claimed slots of the former
-- hand-written ClusterJobs are kept as history.
create table platform.job_history (
    id             bigint generated always as identity primary key,
    job            text        not null,
    slot           timestamptz not null,
    instance_id    text        not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    outcome        text        not null check (outcome in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    summary        text,
    progress_done  bigint,
    progress_total bigint
);
insert into platform.job_history (job, slot, instance_id, started_at, finished_at, outcome, summary)
select job, started_at, instance_id, started_at, finished_at,
       case when outcome is null or outcome like 'FAILED%' then 'FAILED' else 'SUCCEEDED' end, outcome
from platform.job_runs order by started_at;
drop table platform.job_runs;
alter table platform.job_history rename to job_runs;
alter index platform.job_history_pkey rename to job_runs_pkey;
create index job_runs_by_job on platform.job_runs (job, id desc);
create index job_runs_by_outcome on platform.job_runs (outcome, id desc);
