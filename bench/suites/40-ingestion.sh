#!/usr/bin/env bash
# Suite "ingestion": end-to-end ingestion of the demo departments' files into a database holding the
# 80,000 demo entities, against PostgreSQL's own COPY of the same rows into a bare table, on the
# same PostgreSQL in the same run.
#
# Starts target/credit-platform.jar with --demo in a fresh data directory: the platform loads the
# demo city (80,000 entities), writes the demo departments' files (CSV in UTF-8, UTF-8 with BOM and
# GBK, XLSX), registers the departments and queues every file as a batch; its background workers
# then process the batches (read, validate, match, deduplicate, write the records; as many side by
# side as the platform runs workers) and publish BatchAccepted, on which the credit file recomputes
# its flags. The suite waits until every batch is COMPLETED (polling GET /api/v1/ingest/batches)
# and every BatchAccepted publication is handled, and takes the times from the platform's own
# records: from the first batch's startedAt to the last batch's finishedAt, or the last flag update
# if later. Then it converts the same files' rows (the platform's row count, messy rows included)
# into one UTF-8 file (bench/lib/ingestion_copy_rows.py), COPYs it with psql's \copy into a bare
# table of the same PostgreSQL (3 times into a logged table, the baseline, and once into an
# unlogged one) and reports records/s, the ratio to COPY, the issue's floor (20,000 records/s) and
# target (3× COPY), the checks (records stored, every BatchAccepted handled), and where the time
# went: per kind and largest batches, CPU of the worker threads, the JIT, GC, PostgreSQL and the
# rest of the machine during the window (bench/lib/proc_sampler.py), the steps of the workers from
# a JFR recording (bench/lib/ingestion_profile.py), and the statements PostgreSQL was running
# (pg_stat_activity every 0.2 s). A FAILED batch fails the suite; a FAILED BatchAccepted is a
# failed check in the results. Stops only what it started, by PID; deletes its data.
#
# The workers of that first ("cold") phase start on a fresh JVM. A second, "warm" phase then runs in the
# same platform process (before the COPY): the suite registers one new department per demo department
# (POST /api/v1/departments, HTTP Basic as admin: same kind, record kinds and header mapping, a new
# valid credit code; bench/lib/ingestion_warm.py), sends each demo file again to the mirror of the
# department it went to, with that department's X-Api-Key (POST /api/v1/ingest/batches, 4 uploads in
# parallel, each department's files in the cold phase's order), waits until these batches are
# COMPLETED and their BatchAccepted publications handled, and takes the window from their first
# startedAt to their last finishedAt or last publication's completion_date. Same files, new
# departments: every row is a new record again, the same work as in the cold phase. The JFR step
# breakdown and the pg_stat_activity table cover the cold phase only; the CPU is reported for both.
#
# BENCH_INGESTION_TIMEOUT  seconds to wait for the demo files to be queued and then processed
#                          (each; default 1800)
# BENCH_INGESTION_JFR      1 (default): record the platform with JFR (settings=default, about 1 %
#                          overhead) for the step breakdown; 0: no recording
# BENCH_INGESTION_COPIES   COPY runs into the logged table (default 3; the median is the baseline)
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/server.sh"

SAMPLER_PID=""
ACTIVITY_PID=""
stop_samplers() {
    local pid
    for pid in "$SAMPLER_PID" "$ACTIVITY_PID"; do
        if [[ -n $pid ]] && alive "$pid"; then
            signal_and_wait "$pid" TERM 5 || signal_and_wait "$pid" KILL 2 || true
        fi
    done
    SAMPLER_PID="" ACTIVITY_PID=""
}
cleanup() {
    stop_samplers
    server_stop
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

timeout=${BENCH_INGESTION_TIMEOUT:-1800}
jfr=${BENCH_INGESTION_JFR:-1}
copies=${BENCH_INGESTION_COPIES:-3}
[[ $timeout =~ ^[1-9][0-9]*$ ]] || die "BENCH_INGESTION_TIMEOUT: expected seconds, got '$timeout'"
[[ $jfr == 0 || $jfr == 1 ]] || die "BENCH_INGESTION_JFR: expected 0 or 1, got '$jfr'"
[[ $copies =~ ^[1-9]$ ]] || die "BENCH_INGESTION_COPIES: expected 1-9, got '$copies'"
for tool in psql curl python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (psql: apt-get install -y postgresql-client)"
done
if ((jfr)); then
    command -v jcmd >/dev/null 2>&1 && command -v jfr >/dev/null 2>&1 || die "jcmd/jfr are missing (a full JDK is needed, or BENCH_INGESTION_JFR=0)"
fi

# Only when the jar is missing (bench/run.sh builds it unless --no-build; this builds nothing otherwise).
if [[ ! -f $BENCH_JAR ]]; then
    log "target/credit-platform.jar is missing: ./mvnw -B -q package -DskipTests"
    (cd "$BENCH_ROOT" && ./mvnw -B -q package -DskipTests) >"$BENCH_TMP/build.log" 2>&1 \
        || { show_log_tail "$BENCH_TMP/build.log" 60; die "building the platform failed"; }
fi
jar_built=$(date -u -r "$BENCH_JAR" '+%Y-%m-%d %H:%M UTC')

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "Load average at start: $load_start ($(nproc) CPUs)"

# CPU of the platform, its PostgreSQL and the machine, every 0.5 s from before the start.
python3 "$BENCH_DIR/lib/proc_sampler.py" "$BENCH_TMP/samples.jsonl" "$BENCH_TMP/server.*" 0.5 &
SAMPLER_PID=$!

jfr_file="$BENCH_TMP/platform.jfr"
SERVER_JAVA_OPTS=""
if ((jfr)); then
    SERVER_JAVA_OPTS="-XX:StartFlightRecording=name=bench,settings=default"
fi
pg_port=""
psql_at() {
    local port=$1
    shift
    PGOPTIONS="-c client_min_messages=warning" psql -X -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 "$@"
}
psql_pg() {
    psql_at "$pg_port" "$@"
}
pg_port_in() {
    sed -n 's/.*Database: embedded PostgreSQL.*, port \([0-9]*\).*/\1/p' "$1" 2>/dev/null | head -n 1
}

# The statements PostgreSQL runs, every 0.2 s: one psql session, one line per active client backend
# (or one line with empty fields when none is active). Started before the platform, as the worker
# may start before the platform reports UP: waits for the port in the platform's log, then becomes
# psql (exec), so that ACTIVITY_PID is psql's.
printf '%s\n' "select extract(epoch from clock_timestamp())::numeric(16,3), coalesce(a.wait_event_type, ''),
    coalesce(a.wait_event, ''), coalesce(left(regexp_replace(a.query, '\s+', ' ', 'g'), 160), '')
  from (select 1) tick left join pg_stat_activity a
    on a.state = 'active' and a.pid <> pg_backend_pid() and a.backend_type = 'client backend';" '\watch 0.2' \
    >"$BENCH_TMP/activity.sql"
(
    for ((i = 0; i < 2 * (timeout + 180); i++)); do
        port=""
        for f in "$BENCH_TMP"/server.*/server.log; do
            [[ -f $f ]] && port=$(pg_port_in "$f")
        done
        if [[ -n $port ]] && psql_at "$port" -Atqc 'select 1' >/dev/null 2>&1; then
            exec env PGOPTIONS="-c client_min_messages=warning" psql -X -h 127.0.0.1 -p "$port" -U postgres \
                -d postgres -Atq -F $'\t' -f "$BENCH_TMP/activity.sql" >"$BENCH_TMP/activity.tsv" 2>"$BENCH_TMP/activity.err"
        fi
        sleep 0.5
    done
) &
ACTIVITY_PID=$!

# The code under test: the jar is copied when the platform starts.
source_text="HEAD $(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo "?") when the suite started the platform"
if [[ -n $(git -C "$BENCH_ROOT" status --porcelain -- src pom.xml 2>/dev/null) ]]; then
    source_text="$source_text, with uncommitted changes in src/ or pom.xml"
fi
# A jar older than the source (--no-build) measures older code than the commit the report names.
newer_commits=$(git -C "$BENCH_ROOT" log --since="@$(stat -c %Y "$BENCH_JAR")" --format=%h -- src pom.xml 2>/dev/null \
    | paste -sd ' ' || true)
if [[ -n $newer_commits ]]; then
    source_text="$source_text; the jar is OLDER than the commits $newer_commits to src/ or pom.xml: it does not hold them"
    warn "target/credit-platform.jar is older than the commits $newer_commits to src/ or pom.xml"
elif [[ -n $(find "$BENCH_ROOT/src" "$BENCH_ROOT/pom.xml" -newer "$BENCH_JAR" -type f -print -quit 2>/dev/null) ]]; then
    source_text="$source_text; files in src/ or pom.xml are newer than the jar"
fi
# The platform reports UP only after every demo step (docs/demo.md): the city, the demo files queued
# and aggregated. The times below come from the batches' own records, so waiting for UP changes nothing.
export BENCH_SERVER_START_TIMEOUT=${BENCH_SERVER_START_TIMEOUT:-$((timeout + 180))}
# Without the lists' demo steps (docs/demo.md): their annual reports would add batches and records to
# those of the departments' files this suite measures and checks.
server_start --demo --credit.demo.lists=false
pg_port=$(pg_port_in "$SERVER_LOG")
[[ -n $pg_port ]] || die "no 'Database: embedded PostgreSQL …, port N' line in the platform's log"

# The demo files are written and queued by the demo step after the demo city (docs/demo.md):
# "Demo: 36 files of 16 departments queued (175678 records to accept, 1757 messy rows) in 30611 ms".
log "Waiting for the demo city and the demo files to be queued (up to $timeout s)"
since=$SECONDS
demo_line=""
while :; do
    demo_line=$(grep -m1 -E 'Demo: [0-9]+ files of [0-9]+ departments queued' "$SERVER_LOG" || true)
    [[ -n $demo_line ]] && break
    alive "$SERVER_PID" || { show_log_tail "$SERVER_LOG" 60; die "the platform exited"; }
    ((SECONDS - since < timeout)) || { show_log_tail "$SERVER_LOG" 40; die "the demo files were not queued within $timeout s"; }
    sleep 1
done
city_line=$(grep -m1 -E 'Demo city loaded:' "$SERVER_LOG" || true)
[[ $demo_line =~ Demo:\ ([0-9]+)\ files\ of\ ([0-9]+)\ departments ]] || die "cannot read: $demo_line"
files=${BASH_REMATCH[1]}
departments=${BASH_REMATCH[2]}
log "Demo${demo_line#*Demo}"

session=$(server_session admin "$SERVER_ADMIN_PASSWORD")
batches_json="$BENCH_TMP/batches.json"
# Writes the FILE batches with an id above MIN_ID to OUT ({"items": [...]}, all pages of 100) and prints
# "total completed failed" of them.   batch_state OUT MIN_ID
batch_state() {
    python3 - "$SERVER_URL" "$session" "$1" "$2" <<'EOF'
import json, sys, urllib.request
url, session, out, min_id = sys.argv[1:]
items, page = [], 1
while True:
    request = urllib.request.Request(f"{url}/api/v1/ingest/batches?size=100&page={page}",
                                     headers={"Cookie": f"SESSION={session}", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        got = json.load(response)["items"]
    items += got
    if len(got) < 100:
        break
    page += 1
files = [b for b in items if b["channel"] == "FILE" and b["id"] > int(min_id)]
json.dump({"items": files}, open(out, "w", encoding="utf-8"), ensure_ascii=False)
print(len(files), sum(b["status"] == "COMPLETED" for b in files), sum(b["status"] == "FAILED" for b in files))
EOF
}
log "Waiting until the $files batches are processed (GET /api/v1/ingest/batches every 2 s, up to $timeout s)"
since=$SECONDS
last_done=-1
while :; do
    read -r total completed failed < <(batch_state "$batches_json" 0 || echo "? ? ?")
    if [[ $total == "$files" ]] && ((completed + failed == files)); then
        break
    fi
    alive "$SERVER_PID" || { show_log_tail "$SERVER_LOG" 60; die "the platform exited"; }
    ((SECONDS - since < timeout)) || die "after $timeout s: $completed of $files batches completed, $failed failed"
    if [[ $completed != "$last_done" && $completed =~ ^[0-9]+$ ]] && ((completed % 6 == 0)); then
        log "... $completed of $files batches completed ($((SECONDS - since)) s)"
        last_done=$completed
    fi
    sleep 2
done
((failed == 0)) || die "$failed of $files batches FAILED (see the platform's log)"
log "All $files batches COMPLETED after $((SECONDS - since)) s of waiting"

# Every BatchAccepted publication handled: completed (the credit file's flags are up to date) or
# FAILED (the listener threw; reported as a failed check, not waited for: nothing retries it before
# a restart).
since=$SECONDS
while :; do
    open=$(psql_pg -Atqc "select count(*) from platform.event_publication where event_type like '%BatchAccepted'
        and completion_date is null and coalesce(status, '') <> 'FAILED'")
    [[ $open == 0 ]] && break
    ((SECONDS - since < 300)) || die "$open BatchAccepted publications still not handled after 300 s"
    sleep 1
done
events=$(psql_pg -Atq -F $'\t' -c "select count(*), coalesce(extract(epoch from min(publication_date))::text, ''),
    coalesce(extract(epoch from max(completion_date))::text, ''), count(completion_date),
    count(*) filter (where completion_date is null)
  from platform.event_publication where event_type like '%BatchAccepted'")
# The first error of a failed listener in the platform's log from line FROM on: its exception and root
# cause.   listener_error FROM
listener_error() {
    tail -n "+$1" "$SERVER_LOG" | grep -m1 -A100 'Unexpected exception occurred invoking async method' \
        | awk 'NR > 1 && /^[^ \t]/ && !/^Caused by/ && seen { exit }
               NR > 1 && /Exception|Error/ && !/^[ \t]+at / { if (!first) first = $0; else if (/^Caused by/) cause = $0; seen = 1 }
               END { print substr(first, 1, 200) (cause ? " … " substr(cause, 1, 200) : "") }' || true
}
# Lines of the platform's log at level ERROR and WARN from line FROM on.   log_levels FROM
log_levels() {
    tail -n "+$1" "$SERVER_LOG" | awk '$1 ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T/ && $2 == "ERROR" { e++ }
        $1 ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T/ && $2 == "WARN" { w++ } END { printf "%d\t%d\n", e, w }'
}
event_error=$(listener_error 1)
stored_query="select (select count(*) from ingestion.records where current),
    (select count(*) from ingestion.records), (select count(*) from ingestion.quarantine),
    (select count(distinct entity_code) from ingestion.records), (select count(*) from creditfile.flags),
    (select count(*) from registry.entities)"
stored=$(psql_pg -Atq -F $'\t' -c "$stored_query")
cold_log_levels=$(log_levels 1)
cold_log_lines=$(wc -l <"$SERVER_LOG")

if ((jfr)); then
    # Only the cold phase: the recording goes on, the dump holds what was recorded so far.
    jcmd "$SERVER_PID" JFR.dump name=bench filename="$jfr_file" >"$BENCH_TMP/jfr-dump.log" 2>&1 \
        || { cat "$BENCH_TMP/jfr-dump.log" >&2; die "jcmd JFR.dump failed"; }
fi

# Waits until PostgreSQL runs nothing of the platform's and no (auto)vacuum.
wait_idle() {
    local since=$SECONDS busy
    while :; do
        busy=$(psql_pg -Atqc "select count(*) from pg_stat_activity where pid <> pg_backend_pid()
            and backend_type in ('client backend', 'autovacuum worker') and state = 'active'" 2>/dev/null || echo "?")
        [[ $busy == 0 ]] && return 0
        if ((SECONDS - since >= 180)); then
            warn "PostgreSQL still runs $busy queries after 180 s; going on"
            return 0
        fi
        sleep 1
    done
}

# ---- The warm phase: the same files again, to new departments, in the same platform process. ----
departments_dir="$(server_data_dir)/demo/departments"
warm_dir="$BENCH_TMP/warm"
warm_jobs="$warm_dir/jobs"
warm_json="$BENCH_TMP/batches-warm.json"
mkdir -p "$warm_jobs"
cold_last=$(psql_pg -Atqc "select max(id) from ingestion.batches")
# The demo departments and which file went to which (department, kind), from the database.
psql_pg -Atqc "select json_build_object(
    'departments', (select json_agg(json_build_object('id', id, 'code', code, 'name', name, 'kind', kind,
                        'record_kinds', record_kinds, 'header_mapping', header_mapping) order by id)
                    from ingestion.departments),
    'files', (select json_agg(json_build_object('batch', id, 'department', department_id, 'kind', kind,
                  'file', file_name) order by id)
              from ingestion.batches where channel = 'FILE' and id <= $cold_last))" >"$warm_dir/demo.json"
log "Warm phase: registering one new department per demo department (POST /api/v1/departments)"
mirrors=$(python3 "$BENCH_DIR/lib/ingestion_warm.py" register "$SERVER_URL" "$SERVER_ADMIN_PASSWORD" \
    "$warm_dir/demo.json" "$warm_jobs") || die "registering the warm phase's departments failed"
log "Warm phase: $mirrors departments registered; waiting until PostgreSQL is idle"
wait_idle
log "Warm phase: sending the $files files again (POST /api/v1/ingest/batches, 4 in parallel)"
# One job per department: its files in the cold phase's order, one after the other (a department's
# batches are processed in order of arrival). A line per upload: cold batch, HTTP status, start, end, answer.
export WARM_URL="$SERVER_URL" WARM_FILES="$departments_dir" WARM_JOBS="$warm_jobs"
upload_job='
key=$(<"${1%.tsv}.key")
while IFS=$'"'"'\t'"'"' read -r kind file cold; do
    t0=$(date +%s.%N)
    code=$(curl -sS --max-time 300 -o "$WARM_JOBS/answer-$cold.json" -w "%{http_code}" -H "X-Api-Key: $key" \
        -F "file=@$WARM_FILES/$file;filename=$file" -F "kind=$kind" "$WARM_URL/api/v1/ingest/batches" 2>&1) \
        || code="curl-failed:$code"
    t1=$(date +%s.%N)
    answer=$(tr -d "\t\n" <"$WARM_JOBS/answer-$cold.json" 2>/dev/null || true)
    printf "%s\t%s\t%s\t%s\t%s\n" "$cold" "$code" "$t0" "$t1" "$answer" >>"$WARM_JOBS/uploads.tsv"
done <"$1"'
: >"$warm_jobs/uploads.tsv"
printf '%s\n' "$warm_jobs"/*.tsv | grep -v '/uploads.tsv$' | xargs -P 4 -n 1 bash -c "$upload_job" _ \
    || die "the warm phase's uploads failed"
uploaded=$(awk -F '\t' '$2 == 202' "$warm_jobs/uploads.tsv" | wc -l)
if ((uploaded != files)); then
    awk -F '\t' '$2 != 202' "$warm_jobs/uploads.tsv" | head -n 5 >&2
    die "the warm phase: $uploaded of $files uploads answered 202"
fi
log "Warm phase: $files files sent; waiting until they are processed (up to $timeout s)"
since=$SECONDS
while :; do
    read -r total completed failed < <(batch_state "$warm_json" "$cold_last" || echo "? ? ?")
    if [[ $total == "$files" ]] && ((completed + failed == files)); then
        break
    fi
    alive "$SERVER_PID" || { show_log_tail "$SERVER_LOG" 60; die "the platform exited"; }
    ((SECONDS - since < timeout)) || die "warm phase, after $timeout s: $completed of $files batches completed, $failed failed"
    sleep 2
done
((failed == 0)) || die "warm phase: $failed of $files batches FAILED (see the platform's log)"
log "Warm phase: all $files batches COMPLETED after $((SECONDS - since)) s of waiting"
# The warm batches' BatchAccepted publications (the batch id inside the serialized event).
warm_events_of="platform.event_publication where event_type like '%BatchAccepted'
    and substring(serialized_event from '\"batchId\"\s*:\s*([0-9]+)')::bigint > $cold_last"
since=$SECONDS
while :; do
    open=$(psql_pg -Atqc "select count(*) from $warm_events_of and completion_date is null
        and coalesce(status, '') <> 'FAILED'")
    [[ $open == 0 ]] && break
    ((SECONDS - since < 300)) || die "warm phase: $open BatchAccepted publications still not handled after 300 s"
    sleep 1
done
sleep 1 # a last sample of the samplers after the end
stop_samplers
warm_events=$(psql_pg -Atq -F $'\t' -c "select count(*), coalesce(extract(epoch from min(publication_date))::text, ''),
    coalesce(extract(epoch from max(completion_date))::text, ''), count(completion_date),
    count(*) filter (where completion_date is null)
  from $warm_events_of")
warm_event_error=$(listener_error "$((cold_log_lines + 1))")
warm_log_levels=$(log_levels "$((cold_log_lines + 1))")
warm_stored=$(psql_pg -Atq -F $'\t' -c "$stored_query")
# Records per department: {"department id": [current, all]}.
psql_pg -Atqc "select coalesce(json_object_agg(department_id, json_build_array(cur, total)), '{}')
    from (select department_id, count(*) filter (where current) cur, count(*) total
          from ingestion.records group by department_id) r" >"$warm_dir/records-by-department.json"
hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo "")

if ((jfr)); then
    log "Reading the JFR recording (cold phase)"
    python3 "$BENCH_DIR/lib/ingestion_profile.py" "$jfr_file" "$BENCH_TMP/profile.json" \
        || die "ingestion_profile.py failed"
fi

# The COPY baseline: the same rows, one file, into a bare table of the same PostgreSQL.
log "Converting the demo files' rows for COPY"
copy_file="$BENCH_TMP/rows.copy"
python3 "$BENCH_DIR/lib/ingestion_copy_rows.py" "$departments_dir" "$batches_json" "$copy_file" \
    "$BENCH_TMP/copy-summary.json" || die "the COPY file does not have the platform's rows"

# One COPY into a fresh table; prints psql's time of the \copy in ms.   copy_once TABLE_KIND
copy_once() {
    local kind=$1 out
    wait_idle
    psql_pg -qc "drop table if exists public.bench_copy_rows" \
        -c "create $kind table public.bench_copy_rows (file text, kind text, row_number int, cells text)" \
        -c "checkpoint" >/dev/null
    out=$(psql_pg -q <<EOF
\timing on
\copy public.bench_copy_rows from '$copy_file'
\timing off
select 'rows=' || count(*) from public.bench_copy_rows;
EOF
    )
    psql_pg -qc "drop table public.bench_copy_rows" >/dev/null
    local ms rows
    ms=$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' <<<"$out" | head -n 1)
    rows=$(sed -n 's/.*rows=\([0-9]*\).*/\1/p' <<<"$out")
    [[ -n $ms && -n $rows ]] || die "unexpected psql output: $out"
    printf '%s %s\n' "$ms" "$rows"
}
copy_times=() unlogged_time=""
for ((i = 1; i <= copies; i++)); do
    read -r ms rows < <(copy_once "")
    log "COPY into a bare logged table, run $i: $rows rows in $ms ms"
    copy_times+=("$ms")
done
read -r unlogged_time rows < <(copy_once unlogged)
log "COPY into a bare unlogged table: $rows rows in $unlogged_time ms"
copy_rows=$rows

load_end=$(cut -d' ' -f1-3 /proc/loadavg)
log "Load average at end: $load_end"

python3 "$BENCH_DIR/lib/ingestion_rows.py" \
    --batches "$batches_json" --samples "$BENCH_TMP/samples.jsonl" --activity "$BENCH_TMP/activity.tsv" \
    --profile "$([[ $jfr == 1 ]] && echo "$BENCH_TMP/profile.json")" --copy-summary "$BENCH_TMP/copy-summary.json" \
    --copy-ms "${copy_times[*]}" --copy-unlogged-ms "$unlogged_time" --copy-rows "$copy_rows" \
    --events "$events" --event-error "$event_error" --stored "$stored" --hwm-kb "$hwm_kb" --demo-line "$demo_line" --city-line "$city_line" \
    --files "$files" --departments "$departments" --load-start "$load_start" --load-end "$load_end" \
    --jar-built "$jar_built" --source "$source_text" --java-opts "${SERVER_JAVA_OPTS:-} ${BENCH_SERVER_JAVA_OPTS:-}" \
    --log-levels "$cold_log_levels" --warm-batches "$warm_json" --warm-demo "$warm_dir/demo.json" \
    --warm-mirrors "$warm_jobs/mirrors.json" --warm-uploads "$warm_jobs/uploads.tsv" --warm-events "$warm_events" \
    --warm-event-error "$warm_event_error" --warm-stored "$warm_stored" \
    --warm-records "$warm_dir/records-by-department.json" --warm-log-levels "$warm_log_levels" \
    >>"$BENCH_ROWS" || die "ingestion_rows.py failed"
