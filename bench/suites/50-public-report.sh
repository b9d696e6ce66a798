#!/usr/bin/env bash
# bench-suite: public
# Suite "public": the public search and the public credit report (no sign-in) over a city of
# 1,000,000 entities holding about 2.5 credit records each, through the HTTP API, at the concurrency
# of suite "http" (wrk in a second process, a trusted client of the fair-use limit).
#
# Starts target/credit-platform.jar with --demo, a synthetic city of BENCH_PUBLIC_ENTITIES entities
# and without the demo departments' records (--credit.ingestion.demo-records=false), as suite
# registry-search does (bench/lib/city.sh). Then loads the records through the platform's own ingest
# API (not measured, reported in the set-up table): reads the live entity codes with psql, registers
# one department per kind (POST /api/v1/departments as admin), writes CSV files of annual reports,
# licences, inspections and penalties for them (bench/lib/public_records.py, seeded), sends them
# (POST /api/v1/ingest/batches with each department's X-Api-Key, at most 40 MiB a file), waits until
# every batch is COMPLETED and every event publication handled (credit-file flags, change feed) and
# PostgreSQL has analysed the records (bench/lib/public_ingest.py). Builds the request mixes from
# the live data (bench/lib/registry_mix.py, then bench/lib/public_mix.py), warms the JIT up, and
# for each of ping (the baseline), search (codes, 2- and 3-character fragments), its three parts
# alone, and report runs a warm-up and a measured wrk run that rotates through the mix
# (bench/lib/wrk_paths.lua), each once PostgreSQL is idle. Reports requests/s, p50/p95/p99, errors
# (any non-2xx, a 429 too), the throughput ratio to ping, and the requirements: search p95 < 50 ms,
# report p99 < 30 ms. Any error fails the suite; a missed requirement does not (it is a result).
#
# BENCH_PUBLIC_DATA_DIR           reuse this CREDIT_DATA_DIR between runs: the city and the records
#                                 are loaded at the first run and kept (see bench/README.md)
# BENCH_PUBLIC_ENTITIES           entities of the demo city (default 1000000)
# BENCH_PUBLIC_RECORDS_PER_ENTITY records per entity to generate (default 2.5)
# BENCH_PUBLIC_SEED               the records' and the mixes' random choices (default 1)
# BENCH_PUBLIC_LOAD_TIMEOUT       seconds to wait for the demo city (default 900)
# BENCH_PUBLIC_INGEST_TIMEOUT     seconds to wait for the batches, and again for the events (default 1800)
# BENCH_PUBLIC_SEARCH_P95_MS      the search's p95 limit (default 50)
# BENCH_PUBLIC_REPORT_P99_MS      the report's p99 limit (default 30)
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/server.sh"
source "$BENCH_DIR/lib/wrk.sh"
source "$BENCH_DIR/lib/city.sh"

http_suite_start
for tool in psql curl python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (psql: apt-get install -y postgresql-client)"
done

entities=${BENCH_PUBLIC_ENTITIES:-1000000}
load_timeout=${BENCH_PUBLIC_LOAD_TIMEOUT:-900}
ingest_timeout=${BENCH_PUBLIC_INGEST_TIMEOUT:-1800}
search_limit=${BENCH_PUBLIC_SEARCH_P95_MS:-50}
report_limit=${BENCH_PUBLIC_REPORT_P99_MS:-30}
export BENCH_PUBLIC_SEED=${BENCH_PUBLIC_SEED:-1}
[[ $entities =~ ^[1-9][0-9]*$ ]] || die "BENCH_PUBLIC_ENTITIES: expected a positive number, got '$entities'"
[[ $ingest_timeout =~ ^[1-9][0-9]*$ ]] || die "BENCH_PUBLIC_INGEST_TIMEOUT: expected seconds, got '$ingest_timeout'"
[[ $BENCH_PUBLIC_SEED =~ ^[0-9]+$ ]] || die "BENCH_PUBLIC_SEED: expected a number, got '$BENCH_PUBLIC_SEED'"
[[ ${BENCH_PUBLIC_RECORDS_PER_ENTITY:-2.5} =~ ^[0-9]+(\.[0-9]+)?$ ]] \
    || die "BENCH_PUBLIC_RECORDS_PER_ENTITY: expected a number, got '$BENCH_PUBLIC_RECORDS_PER_ENTITY'"
wrk_concurrency
setup_table="Public search and report: set-up (not measured)"

# The data directory: a fresh one (deleted afterwards), or BENCH_PUBLIC_DATA_DIR to reuse.
city_data_dir BENCH_PUBLIC_DATA_DIR
reuse=$CITY_REUSE
city_start "$entities" "$load_timeout"
session=$(server_session admin "$SERVER_ADMIN_PASSWORD")
log "Signed in as admin (SESSION cookie: set-up only; the measured requests carry no credentials)"
city_wait_total "$session" "$entities"
pg_wait_idle 300

# ---- The credit records, through the ingest API (once per data directory). ----
load_json="$BENCH_TMP/load.json"
if [[ -n $reuse && -f $reuse/bench-records.json ]]; then
    log "The credit records were loaded at an earlier run (reused data directory)"
    python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); d["earlier"] = True; json.dump(d, open(sys.argv[2], "w"))' \
        "$reuse/bench-records.json" "$load_json"
else
    existing=$(psql_city -c "select count(*) from ingestion.records")
    ((existing == 0)) || die "the data directory holds $existing records but no bench-records.json: an earlier load did not finish (use a new BENCH_PUBLIC_DATA_DIR)"
    log "Reading the live entity codes (psql) and registering one department per record kind"
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
    log "Waiting until every batch is COMPLETED (up to $ingest_timeout s)"
    python3 "$BENCH_DIR/lib/public_ingest.py" wait "$SERVER_URL" "$session" "$BENCH_TMP/uploads.json" \
        "$BENCH_TMP/batches.json" "$ingest_timeout" || { show_log_tail "$SERVER_LOG" 40; die "ingesting the records failed"; }
    completed_at=$(date +%s.%N)
    # BatchAccepted → credit-file flags and the change feed, through the event publication registry.
    log "Waiting until every event publication is handled (credit-file flags, change feed)"
    since=$SECONDS
    while :; do
        open=$(psql_city -c "select count(*) from platform.event_publication
            where completion_date is null and coalesce(status, '') <> 'FAILED'")
        [[ $open == 0 ]] && break
        ((SECONDS - since < ingest_timeout)) || die "$open event publications still not handled after $ingest_timeout s"
        ((SECONDS - since < 5)) || (((SECONDS - since) % 30)) || log "... $open event publications open ($((SECONDS - since)) s)"
        sleep 1
    done
    handled_at=$(date +%s.%N)
    failed_events=$(psql_city -c "select count(*) from platform.event_publication where status = 'FAILED'")
    ((failed_events == 0)) || warn "$failed_events event publications FAILED (see the platform's log)"
    python3 "$BENCH_DIR/lib/public_ingest.py" summary "$records_dir/records.json" "$BENCH_TMP/uploads.json" \
        "$BENCH_TMP/batches.json" "$generation_seconds" "$completed_at" "$handled_at" "$load_json" \
        || die "summing up the load failed"
    rm -rf "$records_dir"
    [[ -n $reuse ]] && cp "$load_json" "$reuse/bench-records.json"
fi

# Autovacuum analyses (and vacuums) the records after the load: wait until it has nothing left to
# do there (below its thresholds), so that the measured queries run on the statistics and the
# visibility map they will have in steady state.
since=$SECONDS
while :; do
    pending=$(psql_city -c "select (n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 1))::int
            + (n_ins_since_vacuum > 1000 + 0.2 * greatest(n_live_tup, 1))::int
        from pg_stat_user_tables where relid = 'ingestion.records'::regclass")
    [[ $pending == 0 ]] && break
    if ((SECONDS - since >= 600)); then
        warn "autovacuum has not analysed/vacuumed ingestion.records after 600 s; going on"
        break
    fi
    ((SECONDS - since < 5)) || (((SECONDS - since) % 30)) || log "... waiting for autovacuum on ingestion.records ($((SECONDS - since)) s)"
    sleep 1
done
pg_wait_idle 300

# The dataset as the database holds it (also for a reused directory).
psql_city -c "select json_build_object(
    'entities', (select count(*) from registry.entities),
    'records', (select count(*) from ingestion.records where current),
    'kinds', (select json_object_agg(kind, n) from (select kind, count(*) n from ingestion.records where current group by kind) k),
    'entities_with_records', (select count(distinct entity_code) from ingestion.records where current))" \
    >"$BENCH_TMP/dataset.json"
read -r records per_entity kinds_text < <(python3 - "$BENCH_TMP/dataset.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
names = {"ANNUAL_REPORT": "annual reports", "LICENCE": "licences", "INSPECTION": "inspections", "PENALTY": "penalties"}
kinds = ", ".join(f"{v:,} {names.get(k, k)}" for k, v in sorted((d["kinds"] or {}).items(), key=lambda kv: -kv[1]))
print(f"{d['records']:,}", f"{d['records'] / d['entities']:.2f}", kinds)
EOF
)
[[ $records != 0 ]] || die "the database holds no credit records"
entities_text=$(python3 -c "print(f'{$entities:,}')")
table="Public search and credit report over $entities_text entities and $records credit records ($per_entity per entity: $kinds_text): wrk in a second process (trusted client, no credentials), $WRK_THREADS threads × $WRK_CONNECTIONS connections, $BENCH_DURATION per mix after a $BENCH_WARMUP warm-up"

log "Building the request mixes from the live data"
mix_dir="$BENCH_TMP/mix"
mkdir -p "$mix_dir/registry"
BENCH_REGISTRY_SEED=$BENCH_PUBLIC_SEED python3 "$BENCH_DIR/lib/registry_mix.py" "$SERVER_URL" "$session" "$mix_dir/registry" \
    || die "building the search mixes failed"
psql_city -F $'\t' -c "select e.code, count(r.id), count(r.id) filter (where r.kind = 'PENALTY')
    from registry.entities e left join ingestion.records r on r.entity_code = e.code and r.current group by e.code" \
    >"$BENCH_TMP/entity-records.tsv"
python3 "$BENCH_DIR/lib/public_mix.py" "$SERVER_URL" "$mix_dir/registry" "$BENCH_TMP/entity-records.tsv" "$mix_dir" \
    || die "building the request mixes failed"
mix_text() {
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["texts"][sys.argv[2]])' \
        "$mix_dir/mix.json" "$1"
}

# name, request, requirement ("-", "p95<50", or in parentheses: for information). The first is the baseline.
measure_names=(ping search search-code search-2 search-3 report)
measure_requests=("GET /api/v1/public/ping" "GET /api/v1/public/entities?q={query}&size=10"
    "GET /api/v1/public/entities?q={code}&size=10" "GET /api/v1/public/entities?q={2 characters}&size=10"
    "GET /api/v1/public/entities?q={3 characters}&size=10" "GET /api/v1/public/entities/{code}")
measure_requirements=("-" "p95<$search_limit" "(p95<$search_limit)" "(p95<$search_limit)" "(p95<$search_limit)"
    "p99<$report_limit")

wrk_warm_up "ping=$mix_dir/paths-ping.txt" "search=$mix_dir/paths-search.txt" "report=$mix_dir/paths-report.txt"

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
manifest="$BENCH_TMP/manifest.tsv"
: >"$manifest"
for i in "${!measure_names[@]}"; do
    name=${measure_names[$i]}
    pg_wait_idle 120
    log "Warm-up (not reported): $name for $BENCH_WARMUP"
    wrk_paths "$BENCH_TMP/warmup-$name.txt" "$BENCH_WARMUP" "$mix_dir/paths-$name.txt"
    pg_wait_idle 120
    log "Measuring $name (${measure_requests[$i]}) for $BENCH_DURATION ($WRK_CONCURRENCY)"
    out="$BENCH_TMP/wrk-$name.txt"
    wrk_paths "$out" "$BENCH_DURATION" "$mix_dir/paths-$name.txt" --latency
    wrk_log "$out"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "${measure_requests[$i]}" "$(mix_text "$name")" \
        "${measure_requirements[$i]}" "$out" >>"$manifest"
done

# The baseline once more after everything (not reported in the table): did the server drift?
pg_wait_idle 120
wrk_paths "$BENCH_TMP/wrk-ping-again.txt" "$BENCH_DURATION" "$mix_dir/paths-ping.txt"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
baseline_rps=$(wrk_rps "$BENCH_TMP/wrk-ping.txt")
again_rps=$(wrk_rps "$BENCH_TMP/wrk-ping-again.txt")
log "ping again after all mixes: $again_rps requests/s (measured first: $baseline_rps)"

# The daily public bulk file, written once on demand after the measurements (not measured under load).
log "Writing the public bulk file (POST /api/v1/bulk-files)"
started=$(date +%s.%N)
curl -fsS --max-time 1800 -u "admin:$SERVER_ADMIN_PASSWORD" -X POST "$SERVER_URL/api/v1/bulk-files" \
    >"$BENCH_TMP/bulk-file.json" || die "writing the bulk file failed"
bulk_seconds=$(python3 -c "import time; print(round(time.time() - $started, 1))")
bulk_text=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1]))
print("{:.0f} MiB zip, {:,} entities and {:,} public records".format(d["sizeBytes"] / 1048576, d["entities"], d["records"]))' \
    "$BENCH_TMP/bulk-file.json")
log "Bulk file: $bulk_text in $bulk_seconds s"

status=0
python3 "$BENCH_DIR/lib/public_rows.py" "$table" "$WRK_CONCURRENCY" "$manifest" >>"$BENCH_ROWS" || status=$?
((status == 0 || status == 3)) || die "public_rows.py failed"
if ((again_rps * 100 < baseline_rps * 85 || again_rps * 100 > baseline_rps * 115)); then
    bench_note "$table" "ping measured again after all mixes gave $again_rps requests/s, not $baseline_rps: the server's speed drifted during the run (more than 15 %), so the ratios are approximate."
fi
bench_note "$table" "The baseline is ping, GET /api/v1/public/ping on the same server in the same run: public, no database; every request, the baseline's too, pays for Tomcat, the security filters, the fair-use filter and JSON, so the ratios show what the search and the report add. No request carries a session or an API key."
bench_note "$table" "Requirements: p95 < $search_limit ms for the public search (the mix search: a third each of codes, 2- and 3-character fragments) and p99 < $report_limit ms for the public report; in parentheses for the search's parts alone, for information. Errors are socket errors, timeouts (30 s) and every response outside 200–299: wrk runs from 127.0.0.1, a trusted address of the fair-use limit (CREDIT_DISCLOSURE_RATE_LIMIT_TRUSTED_ADDRESSES, bench/lib/server.sh), so a 429 would be an error and fail the suite."
bench_note "$table" "wrk runs on the same $(nproc)-core machine as the server and its PostgreSQL and competes with them for CPU: the absolute numbers understate a real server; the ratios carry over better. Load average (1, 5, 15 minutes) $load_start when the measurements started and $load_end when they ended (wrk, the server and PostgreSQL alone make about 2; more means other work shared the machine)."

if [[ -n $reuse && -f $BENCH_TMP/uploads.json ]]; then
    data_text="kept in $reuse (BENCH_PUBLIC_DATA_DIR), created and loaded by this run"
elif [[ -n $reuse ]]; then
    data_text="reused: $reuse (BENCH_PUBLIC_DATA_DIR), loaded at an earlier run"
else
    data_text="fresh, deleted after the run"
fi
python3 "$BENCH_DIR/lib/public_rows.py" setup "$setup_table" "$load_json" "$BENCH_TMP/dataset.json" "$mix_dir/mix.json" \
    "$(city_load_text)" "$data_text" >>"$BENCH_ROWS" || die "public_rows.py setup failed"
bench_note "$setup_table" "The daily public bulk file (POST /api/v1/bulk-files, after the measurements, idle server): $bulk_text, written in $bulk_seconds s (one repeatable-read snapshot: entities, then each section's records merged with the entities by code)."
bench_note "$setup_table" "Records go in through the platform's ingest API only: one department per kind (POST /api/v1/departments), CSV files of at most 40 MiB with national header names (inspections: field codes) generated from the live entity codes (bench/lib/public_records.py: about e^-2.5 of the entities get no record; penalties decided over the last four years, of kinds the publicity rules show for 3 months, 3 years, until a suspension ends, or never), sent with the department's X-Api-Key. The mixes are built from the live data before measuring, with a fixed seed; see bench/README.md."

if ((status == 3)); then
    die "some requests failed (see the Errors column)"
fi
