-- Batch counts that do not mislead: rows that changed a record of which a later batch already holds a
-- newer version (an earlier submission processed after a later one) are counted as superseded, not as
-- duplicates; a batch that completed with something to note (e.g. NO_ROWS: a header and no rows) says so.
alter table ingestion.batches add column superseded integer not null default 0;
alter table ingestion.batches add column warning_code text;
