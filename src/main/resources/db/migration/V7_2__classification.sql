-- Module classification: models as versioned configuration, each entity's current result with its
-- explanation, the history of class changes, and runs (full reclassifications and what-ifs).
create schema if not exists classification;

create table classification.models (
    id           bigint generated always as identity primary key,
    version      int         not null unique,
    name         text        not null,
    status       text        not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    definition   jsonb       not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    activated_at timestamptz,
    activated_by text
);
create unique index models_one_active_idx on classification.models ((true)) where status = 'ACTIVE';

-- One row per classified entity. The explanation is stored compactly against the model version:
-- the value and points of indicator i of the model's general indicators at position i.
create table classification.results (
    entity_code   text        primary key,
    model_id      bigint      not null references classification.models (id),
    risk_class    text        not null,
    general_class text        not null,
    score         int         not null,
    vals          numeric[]   not null,
    points        int[]       not null,
    override_rule int,                       -- index of the override that decided, null if none
    professional  jsonb,                     -- [{model, score, riskClass, decisive, vals, points}] or null
    jurisdiction  text,                      -- the entity's, kind, industry section and region: for statistics
    entity_kind   text,
    industry      text,
    region_code   text,
    classified_at timestamptz not null,
    reason        text                       -- the reason of the class in the model's words
);
create index results_class_idx on classification.results (risk_class);

-- A full run writes here (COPY), then merges into results in one transaction.
create unlogged table classification.results_next (like classification.results including defaults);

create table classification.changes (
    id           bigint generated always as identity primary key,
    entity_code  text        not null,
    changed_at   timestamptz not null,
    from_class   text,
    to_class     text        not null,
    score        int         not null,
    model_id     bigint      not null references classification.models (id),
    jurisdiction text,
    reason       text        not null
);
create index changes_entity_idx on classification.changes (entity_code, changed_at desc);
create index changes_month_idx on classification.changes (changed_at);

create table classification.runs (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind in ('FULL', 'WHAT_IF')),
    status      text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    model_id    bigint      not null references classification.models (id),
    done        bigint      not null default 0,
    total       bigint      not null default 0,
    queued_at   timestamptz not null,
    started_at  timestamptz,
    finished_at timestamptz,
    started_by  text        not null,
    error       text,
    report      jsonb
);
create index runs_recent_idx on classification.runs (id desc);
