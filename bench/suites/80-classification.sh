#!/usr/bin/env bash
# bench-suite: classification
# Suite "classification" (issue 13): a full risk reclassification of the 1,000,000-entity bench city
# holding about 2,500,000 credit records, every explanation stored, against ONE SQL aggregate query that
# reads the same records grouped by entity; and the time from a department's batch being accepted to
# the class of its entity being updated.
#
# Set-up (not measured; reported): the city and its records as suite public loads them (bench/lib/city.sh,
# then bench/lib/public_records.py and bench/lib/public_ingest.py through the ingest API), or a data
# directory suite public has loaded (BENCH_CLASSIFICATION_DATA_DIR, default BENCH_PUBLIC_DATA_DIR), of
# which a copy is measured. Then, measured:
#  1. POST /api/v1/classification/runs (ADMIN) → 202 {"id"}, GET /api/v1/classification/runs/{id} until
#     DONE (bench/lib/classification_api.py run), twice (first and second run); between them the SQL
#     aggregate query (psql on the embedded PostgreSQL, every entity's row to the client),
#     BENCH_CLASSIFICATION_SQL_RUNS times, median compared. Checks: done = total = entities, every
#     entity's result stored by the run with its explanation.
#  2. BENCH_CLASSIFICATION_BATCHES (≥ 200) single-row PENALTY batches for distinct entities from this
#     second process, one after the other, each followed by polling GET /api/v1/entities/{code}/risk
#     until the class is updated: p50/p95/p99 (bench/lib/classification_api.py latency).
#
# BENCH_CLASSIFICATION_DATA_DIR   a data directory to keep and reuse: one loaded by suite public
#                                 (BENCH_PUBLIC_DATA_DIR, the default), or a new one, loaded by this
#                                 suite as suite public would; each run measures on a copy of it (the
#                                 runs write a result per entity), next to it, deleted afterwards
# BENCH_CLASSIFICATION_ENTITIES   entities of the demo city (default 1000000)
# BENCH_CLASSIFICATION_BATCHES    batches of the latency phase (default 300, at least 200)
# BENCH_CLASSIFICATION_SQL_RUNS   runs of the SQL query (default 3; the median is compared)
# BENCH_CLASSIFICATION_RUNS       full runs (default 2: first and second; 1: the first only, when time is short)
# BENCH_CLASSIFICATION_POLL_MS    the latency phase's polling interval (default 10)
# BENCH_CLASSIFICATION_RUN_TIMEOUT  seconds for one full run (default 1800)
# BENCH_PUBLIC_SEED, BENCH_PUBLIC_RECORDS_PER_ENTITY  the records of a fresh load (as suite public)
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/server.sh"
source "$BENCH_DIR/lib/city.sh"

WORK_COPY=""
classification_cleanup() {
    server_stop
    [[ -n $WORK_COPY && -d $WORK_COPY ]] && rm -rf "$WORK_COPY"
    return 0
}
trap classification_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
[[ -f $BENCH_JAR ]] || die "$BENCH_JAR is missing (build it, or run bench/run.sh without --no-build)"
for tool in psql curl python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (psql: apt-get install -y postgresql-client)"
done

entities=${BENCH_CLASSIFICATION_ENTITIES:-1000000}
batches=${BENCH_CLASSIFICATION_BATCHES:-300}
sql_runs=${BENCH_CLASSIFICATION_SQL_RUNS:-3}
full_runs=${BENCH_CLASSIFICATION_RUNS:-2}
run_timeout=${BENCH_CLASSIFICATION_RUN_TIMEOUT:-1800}
load_timeout=900
ingest_timeout=1800
export BENCH_PUBLIC_SEED=${BENCH_PUBLIC_SEED:-1}
[[ $entities =~ ^[1-9][0-9]*$ ]] || die "BENCH_CLASSIFICATION_ENTITIES: expected a positive number, got '$entities'"
[[ $batches =~ ^[0-9]+$ ]] && ((batches >= 200)) || die "BENCH_CLASSIFICATION_BATCHES: expected at least 200, got '$batches'"
[[ $sql_runs =~ ^[1-9][0-9]*$ ]] || die "BENCH_CLASSIFICATION_SQL_RUNS: expected a positive number"
[[ $full_runs == 1 || $full_runs == 2 ]] || die "BENCH_CLASSIFICATION_RUNS: expected 1 or 2, got '$full_runs'"
[[ $run_timeout =~ ^[1-9][0-9]*$ ]] || die "BENCH_CLASSIFICATION_RUN_TIMEOUT: expected seconds"

# Waits until every event publication is handled (records → credit file, classes, change feed).
wait_events() {
    local since=$SECONDS open
    while :; do
        open=$(psql_city -c "select count(*) from platform.event_publication
            where completion_date is null and coalesce(status, '') <> 'FAILED'")
        [[ $open == 0 ]] && break
        ((SECONDS - since < ingest_timeout)) || die "$open event publications still not handled after $ingest_timeout s"
        ((SECONDS - since < 5)) || (((SECONDS - since) % 30)) || log "... $open event publications open ($((SECONDS - since)) s)"
        sleep 1
    done
}

# Waits until no classification run is queued or running (the platform may classify a loaded city itself).
wait_runs() {
    local since=$SECONDS open
    while :; do
        open=$(psql_city -c "select count(*) from classification.runs where status in ('QUEUED', 'RUNNING')")
        [[ $open == 0 ]] && break
        ((SECONDS - since < run_timeout)) || die "$open classification runs still open after $run_timeout s"
        ((SECONDS - since < 5)) || (((SECONDS - since) % 30)) || log "... $open classification runs open ($((SECONDS - since)) s)"
        sleep 1
    done
}

# ---- Set-up: the city and its records, as suite public loads them (once per data directory). ----
load_records() {
    local session existing started generation_seconds completed_at records_dir
    session=$(server_session admin "$SERVER_ADMIN_PASSWORD")
    city_wait_total "$session" "$entities"
    pg_wait_idle 300
    existing=$(psql_city -c "select count(*) from ingestion.records")
    ((existing == 0)) || die "the data directory holds $existing records but no bench-records.json: use a new one"
    log "Reading the live entities (psql) and registering one department per record kind"
    psql_city -c "copy (select code, name, kind, established_on from registry.entities order by code) to stdout" \
        >"$BENCH_TMP/entities.tsv"
    python3 "$BENCH_DIR/lib/public_ingest.py" register "$SERVER_URL" "$SERVER_ADMIN_PASSWORD" "$BENCH_TMP/departments.json" \
        || die "registering the departments failed"
    log "Writing the record files (bench/lib/public_records.py, seed $BENCH_PUBLIC_SEED)"
    records_dir="$BENCH_TMP/records"
    started=$(date +%s.%N)
    python3 "$BENCH_DIR/lib/public_records.py" "$BENCH_TMP/entities.tsv" "$BENCH_TMP/departments.json" "$records_dir" \
        || die "writing the record files failed"
    generation_seconds=$(python3 -c "import time; print(round(time.time() - $started, 1))")
    log "Sending the files (POST /api/v1/ingest/batches)"
    python3 "$BENCH_DIR/lib/public_ingest.py" upload "$SERVER_URL" "$BENCH_TMP/departments.json" "$records_dir" \
        "$BENCH_TMP/uploads.json" || die "sending the record files failed"
    python3 "$BENCH_DIR/lib/public_ingest.py" wait "$SERVER_URL" "$session" "$BENCH_TMP/uploads.json" \
        "$BENCH_TMP/batches.json" "$ingest_timeout" || { show_log_tail "$SERVER_LOG" 40; die "ingesting the records failed"; }
    completed_at=$(date +%s.%N)
    wait_events
    python3 "$BENCH_DIR/lib/public_ingest.py" summary "$records_dir/records.json" "$BENCH_TMP/uploads.json" \
        "$BENCH_TMP/batches.json" "$generation_seconds" "$completed_at" "$(date +%s.%N)" "$BENCH_TMP/load.json" \
        || die "summing up the load failed"
    rm -rf "$records_dir"
    [[ -z $template ]] || cp "$BENCH_TMP/load.json" "$template/bench-records.json"
}

if [[ -z ${BENCH_CLASSIFICATION_DATA_DIR:-} && -n ${BENCH_PUBLIC_DATA_DIR:-} ]]; then
    export BENCH_CLASSIFICATION_DATA_DIR=$BENCH_PUBLIC_DATA_DIR
fi
city_data_dir BENCH_CLASSIFICATION_DATA_DIR
template=$CITY_REUSE
if [[ -n $template && -f $template/bench-records.json ]]; then
    log "Reusing the city and records loaded at an earlier run: $template"
    cp "$template/bench-records.json" "$BENCH_TMP/load.json"
    data_text="a copy of $template (loaded at an earlier run)"
else
    [[ -z $template || ! -e $template/pg ]] \
        || die "BENCH_CLASSIFICATION_DATA_DIR=$template holds a database but no finished load (bench-records.json): use a new directory"
    city_start "$entities" "$load_timeout"
    load_records
    if [[ -n $template ]]; then
        server_stop # keep the loaded directory as it is; measure on a copy
        data_text="a copy of $template (created and loaded by this run)"
    else
        data_text="fresh, loaded by this run, deleted afterwards"
    fi
fi
copy_seconds=""
if [[ -n $template ]]; then
    pg_pid=$(head -n 1 "$template/pg/postmaster.pid" 2>/dev/null || true)
    if [[ $pg_pid =~ ^[0-9]+$ ]] && alive "$pg_pid"; then
        die "the PostgreSQL of $template runs (pid $pg_pid): another suite uses it; try again when it is done"
    fi
    WORK_COPY=$(mktemp -d "$(dirname "$template")/credit-bench-classification-run.XXXXXX")
    log "Copying $template to $WORK_COPY (the runs write a result per entity)"
    started=$SECONDS
    cp -a "$template/." "$WORK_COPY/"
    copy_seconds=$((SECONDS - started))
    log "Copied $(du -sh "$WORK_COPY" | cut -f1) in $copy_seconds s"
    SERVER_DATA=$WORK_COPY
    city_start "$entities" "$load_timeout"
fi
start_seconds=$(grep -m1 -o 'Started [A-Za-z]* in [0-9.]* seconds' "$SERVER_LOG" | grep -o '[0-9.]* seconds' || echo "?")
session=$(server_session admin "$SERVER_ADMIN_PASSWORD")
city_wait_total "$session" "$entities"
wait_events
wait_runs
pg_wait_idle 300
psql_city -c "select json_build_object(
    'entities', (select count(*) from registry.entities),
    'records', (select count(*) from ingestion.records where current),
    'kinds', (select json_object_agg(kind, n) from (select kind, count(*) n from ingestion.records where current group by kind) k),
    'entities_with_records', (select count(distinct entity_code) from ingestion.records where current),
    'max_per_entity', (select max(n) from (select count(*) n from ingestion.records where current group by entity_code) m),
    'results_before', (select count(*) from classification.results),
    'runs_before', (select count(*) from classification.runs))" >"$BENCH_TMP/dataset.json"
log "Dataset: $(cat "$BENCH_TMP/dataset.json")"

# ---- 1. Two full runs, and the one SQL query between them. ----
# Results after run N: every entity's, by the run's model, with an explanation. (A result the run computes
# exactly as it stands is not written again and keeps its time, so "classified since the run started" no
# longer tells the run's results apart; the model does.)
check_run() {
    local n=$1 model_id
    model_id=$(python3 -c 'import json, sys; print(int(json.load(open(sys.argv[1]))["run"]["modelId"]))' "$BENCH_TMP/run-$n.json")
    psql_city -c "select json_build_object(
        'results', count(*),
        'by_run', count(*) filter (where model_id = $model_id),
        'explained', count(*) filter (where cardinality(vals) > 0 and cardinality(vals) = cardinality(points)),
        'classes', (select json_object_agg(risk_class, n) from (select risk_class, count(*) n from classification.results group by risk_class) c),
        'overrides', count(*) filter (where override_rule is not null),
        'professional', count(*) filter (where professional is not null and professional::text <> '[]'))
        from classification.results" >"$BENCH_TMP/run-$n-results.json"
    log "Results after run $n: $(cat "$BENCH_TMP/run-$n-results.json")"
}
full_run() {
    local n=$1
    wait_events
    pg_wait_idle 300
    log "Full run $n: POST /api/v1/classification/runs, polling GET /api/v1/classification/runs/{id}"
    python3 "$BENCH_DIR/lib/classification_api.py" run "$SERVER_URL" "$SERVER_ADMIN_PASSWORD" "$session" \
        "$BENCH_TMP/run-$n.json" "$run_timeout" || { show_log_tail "$SERVER_LOG" 40; die "full run $n failed"; }
    check_run "$n"
}
full_run 1

today=$(date +%F)
# What the default model's indicators read of the records (classification/default-model.json: kinds,
# windows, fields; choices are stored as their labels), per entity: counts, a sum of fines, the annual
# report years, the licences that put an entity in a professional model's domain.
y3="decided_on >= date '$today' - interval '36 months'"
sql="select entity_code,
  count(*) filter (where kind = 'PENALTY' and $y3) as penalties,
  count(*) filter (where kind = 'PENALTY' and $y3
    and (payload ->> 'penaltyCategories') ~ '暂扣许可证件|降低资质等级|吊销许可证件|限制开展生产经营活动|责令停产停业|责令关闭') as heavy,
  coalesce(sum(nullif(payload ->> 'fineAmount', '')::numeric) filter (where kind = 'PENALTY' and $y3), 0) as fines,
  count(*) filter (where kind = 'PENALTY' and $y3 and (payload ->> 'violationType') ~ '食品|保质期|健康证明|药|医疗器械|特种设备|电梯|锅炉') as domain_penalties,
  count(*) filter (where kind = 'INSPECTION' and $y3 and (payload ->> 'results')
    ~ '未按规定公示应当公示的信息|公示信息隐瞒真实情况弄虚作假|通过登记的住所（经营场所）无法联系|发现问题待后续处理|不配合检查情节严重') as inspection_problems,
  count(*) filter (where kind = 'INSPECTION' and decided_on >= date '$today' - interval '24 months'
    and (payload ->> 'results') ~ '未发现问题') as inspections_clean,
  count(*) filter (where kind = 'COURT_JUDGMENT' and $y3) as judgments,
  count(*) filter (where kind = 'COMPLAINT' and decided_on >= date '$today' - interval '12 months') as complaints,
  count(*) filter (where kind = 'COMPLAINT' and decided_on >= date '$today' - interval '12 months'
    and payload ->> 'conclusion' = '属实') as founded_complaints,
  count(*) filter (where kind = 'COMMITMENT' and $y3 and payload ->> 'fulfilment' = '违诺') as broken_commitments,
  count(*) filter (where kind in ('PENALTY', 'DISHONEST_DEBTOR', 'COURT_JUDGMENT')) as adverse,
  count(*) filter (where kind = 'LICENCE' and (payload ->> 'certificateName') ~ '食品|药品|医疗器械|特种设备') as domain_licences,
  array_agg(natural_key) filter (where kind = 'ANNUAL_REPORT') as report_years
from ingestion.records where current group by entity_code"
# For information: the same records' counts by kind and window alone (no field read, no years).
sql_counts="select entity_code,
  count(*) filter (where kind = 'PENALTY' and $y3) as penalties,
  count(*) filter (where kind = 'INSPECTION' and $y3) as inspections,
  count(*) filter (where kind = 'COMPLAINT' and decided_on >= date '$today' - interval '12 months') as complaints,
  count(*) filter (where kind in ('PENALTY', 'DISHONEST_DEBTOR', 'COURT_JUDGMENT')) as adverse,
  count(*) filter (where kind = 'ANNUAL_REPORT') as annual_reports
from ingestion.records where current group by entity_code"
wait_events
pg_wait_idle 300
# One psql session, \timing on: the query's time as a connected client sees it (every entity's row sent
# to it; the first run's rows to a file, the others' to /dev/null).
{
    printf '\\timing on\n\\o %s\n%s;\n\\o /dev/null\n' "$BENCH_TMP/sql-rows.txt" "$sql"
    for ((i = 2; i <= sql_runs; i++)); do printf '%s;\n' "$sql"; done
} >"$BENCH_TMP/sql-script.sql"
printf '%s;\n' "$sql" >"$BENCH_TMP/sql.txt"
psql_city -f "$BENCH_TMP/sql-script.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' \
    | python3 -c 'import sys; [print(round(float(l) / 1000, 4)) for l in sys.stdin]' >"$BENCH_TMP/sql-times.txt"
(($(wc -l <"$BENCH_TMP/sql-times.txt") == sql_runs)) || die "psql gave no timing for the SQL query"
for ((i = 1; i <= sql_runs; i++)); do printf '\\timing on\n\\o /dev/null\n%s;\n' "$sql_counts"; done | psql_city -f - \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' \
    | python3 -c 'import sys; [print(round(float(l) / 1000, 4)) for l in sys.stdin]' >"$BENCH_TMP/sql-counts-times.txt"
printf '%s;\n' "$sql_counts" >"$BENCH_TMP/sql-counts.txt"
log "SQL: $(wc -l <"$BENCH_TMP/sql-rows.txt") entities with records, runs $(paste -sd' ' "$BENCH_TMP/sql-times.txt") s"
psql_city -c "explain (analyze, buffers, timing off) $sql" >"$BENCH_TMP/sql-plan.txt" 2>&1 || true

((full_runs < 2)) || full_run 2

# ---- 2. Batch accepted → class updated. ----
wait_events
pg_wait_idle 300
python3 "$BENCH_DIR/lib/classification_api.py" register "$SERVER_URL" "$SERVER_ADMIN_PASSWORD" "$BENCH_TMP/department.json" \
    || die "registering the penalties' department failed"
# Distinct active entities in a seeded random order (their names for the rows).
psql_city -F $'\t' -c "select code, name, kind from registry.entities where status = 'ACTIVE'
    order by md5(code || '$BENCH_PUBLIC_SEED') limit $((batches * 2))" >"$BENCH_TMP/candidates.tsv"
pg_wait_idle 120
log "Measuring $batches single-row penalty batches until the entity's class is updated"
python3 "$BENCH_DIR/lib/classification_api.py" latency "$SERVER_URL" "$session" "$BENCH_TMP/department.json" \
    "$BENCH_TMP/candidates.tsv" "$batches" "$BENCH_TMP/latency.json" \
    || { show_log_tail "$SERVER_LOG" 40; die "the latency phase failed"; }
psql_city -c "select json_build_object('failed_events', (select count(*) from platform.event_publication where status = 'FAILED'))" \
    >"$BENCH_TMP/after.json"

# ---- Rows. ----
status=0
python3 "$BENCH_DIR/lib/classification_rows.py" "$BENCH_TMP" "$entities" "$(city_load_text)" "$data_text" \
    "${copy_seconds:-}" "$start_seconds" "$(nproc)" >>"$BENCH_ROWS" || status=$?
((status == 0 || status == 3)) || die "classification_rows.py failed"
((status == 0)) || die "a check failed (see the tables: every entity classified by each run with its explanation, every batch's class updated)"
