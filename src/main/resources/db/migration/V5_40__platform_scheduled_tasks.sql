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
