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
# The platform reports UP only after its start-up runners (the demo city, the demo files).
export BENCH_SERVER_START_TIMEOUT=${BENCH_SERVER_START_TIMEOUT:-$((timeout + 180))}
server_start --demo
pg_port=$(pg_port_in "$SERVER_LOG")
[[ -n $pg_port ]] || die "no 'Database: embedded PostgreSQL …, port N' line in the platform's log"

# The demo files are written and queued by a start-up runner after the demo city is loaded:
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
# Prints "total completed failed" of the FILE batches (all pages of 100).
batch_state() {
    python3 - "$SERVER_URL" "$session" "$batches_json" <<'EOF'
import json, sys, urllib.request
url, session, out = sys.argv[1:]
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
json.dump({"items": items}, open(out, "w", encoding="utf-8"), ensure_ascii=False)
files = [b for b in items if b["channel"] == "FILE"]
print(len(files), sum(b["status"] == "COMPLETED" for b in files), sum(b["status"] == "FAILED" for b in files))
EOF
}
log "Waiting until the $files batches are processed (GET /api/v1/ingest/batches every 2 s, up to $timeout s)"
since=$SECONDS
last_done=-1
while :; do
    read -r total completed failed < <(batch_state || echo "? ? ?")
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
sleep 1 # a last sample of the samplers after the end
stop_samplers
events=$(psql_pg -Atq -F $'\t' -c "select count(*), coalesce(extract(epoch from min(publication_date))::text, ''),
    coalesce(extract(epoch from max(completion_date))::text, ''), count(completion_date),
    count(*) filter (where completion_date is null)
  from platform.event_publication where event_type like '%BatchAccepted'")
# The first error of a failed listener, from the platform's log: its exception and root cause.
event_error=$(grep -m1 -A100 'Unexpected exception occurred invoking async method' "$SERVER_LOG" \
    | awk 'NR > 1 && /^[^ \t]/ && !/^Caused by/ && seen { exit }
           NR > 1 && /Exception|Error/ && !/^[ \t]+at / { if (!first) first = $0; else if (/^Caused by/) cause = $0; seen = 1 }
           END { print substr(first, 1, 200) (cause ? " … " substr(cause, 1, 200) : "") }' || true)
stored=$(psql_pg -Atq -F $'\t' -c "select (select count(*) from ingestion.records where current),
    (select count(*) from ingestion.records), (select count(*) from ingestion.quarantine),
    (select count(distinct entity_code) from ingestion.records), (select count(*) from creditfile.flags),
    (select count(*) from registry.entities)")
hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo "")

if ((jfr)); then
    jcmd "$SERVER_PID" JFR.dump name=bench filename="$jfr_file" >"$BENCH_TMP/jfr-dump.log" 2>&1 \
        || { cat "$BENCH_TMP/jfr-dump.log" >&2; die "jcmd JFR.dump failed"; }
    log "Reading the JFR recording"
    python3 "$BENCH_DIR/lib/ingestion_profile.py" "$jfr_file" "$BENCH_TMP/profile.json" \
        || die "ingestion_profile.py failed"
fi

# The COPY baseline: the same rows, one file, into a bare table of the same PostgreSQL.
log "Converting the demo files' rows for COPY"
departments_dir="$(server_data_dir)/demo/departments"
copy_file="$BENCH_TMP/rows.copy"
python3 "$BENCH_DIR/lib/ingestion_copy_rows.py" "$departments_dir" "$batches_json" "$copy_file" \
    "$BENCH_TMP/copy-summary.json" || die "the COPY file does not have the platform's rows"

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
    >>"$BENCH_ROWS" || die "ingestion_rows.py failed"
