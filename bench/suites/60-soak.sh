#!/usr/bin/env bash
# Suite "soak": the demo city (80,000 entities, --demo) under a steady mixed public load for
# BENCH_SOAK_DURATION seconds (default 600) with a department upload every 30 s.
#
# Starts target/credit-platform.jar with --demo in a fresh data directory, waits until the demo
# departments' files are ingested (no batch QUEUED or RUNNING), then runs bench/lib/soak_load.py:
# BENCH_SOAK_RATE requests/s (default 40), open loop (a request is due at its time whatever the
# earlier ones did; latency counts from when it was due), 40 % search, 30 % public report, 15 %
# print view, 15 % change feed; every 30 s a CSV of 20 valid penalties through
# POST /api/v1/ingest/batches with a department's X-Api-Key (the department registered by the
# admin for the soak). The server's RSS and heap are sampled every 30 s, and after a full GC at the
# start and the end. Fails when any request answers outside 2xx (or not at all), or an upload is
# refused or its batch does not complete.
#
# BENCH_SOAK_DURATION  seconds of load (default 600)
# BENCH_SOAK_RATE      requests per second (default 40; the load client is Python, one machine)
# BENCH_SOAK_WORKERS   client threads, i.e. at most that many requests in flight (default 16)
# BENCH_SOAK_SEED      the mix's random choices (default 1)
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/server.sh"

duration=${BENCH_SOAK_DURATION:-600}
rate=${BENCH_SOAK_RATE:-40}
[[ $duration =~ ^[1-9][0-9]*$ ]] || die "BENCH_SOAK_DURATION: expected seconds, got '$duration'"
[[ $rate =~ ^[1-9][0-9]*$ ]] || die "BENCH_SOAK_RATE: expected requests per second, got '$rate'"
command -v jcmd >/dev/null 2>&1 || die "jcmd is missing (a full JDK is needed for the heap samples)"
[[ -f $BENCH_JAR ]] || die "$BENCH_JAR is missing (build it, or run bench/run.sh without --no-build)"

trap server_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# G1 with a fixed maximum, so that "flat" means something; the user's BENCH_SERVER_JAVA_OPTS win.
SERVER_JAVA_OPTS="-Xmx1g"
export BENCH_SERVER_START_TIMEOUT=${BENCH_SERVER_START_TIMEOUT:-900}
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
server_start --demo

log "Waiting for the demo files to be ingested (no batch QUEUED or RUNNING)"
since=$SECONDS
while :; do
    pending=0
    for status in QUEUED RUNNING; do
        n=$(curl -fsS --max-time 30 -u "admin:$SERVER_ADMIN_PASSWORD" \
            "$SERVER_URL/api/v1/ingest/batches?status=$status&size=100" \
            | python3 -c 'import json, sys; d = json.load(sys.stdin); print(len(d if isinstance(d, list) else d.get("items", [])))') \
            || n=1
        pending=$((pending + n))
    done
    ((pending == 0)) && break
    ((SECONDS - since < 1800)) || die "the demo files were not ingested within 1800 s"
    sleep 5
done
log "Demo files ingested after $((SECONDS - since)) s"

started=$(date -u '+%H:%M:%S UTC')
status=0
python3 "$BENCH_DIR/lib/soak_load.py" "$SERVER_URL" "$SERVER_ADMIN_PASSWORD" "$SERVER_PID" "$duration" "$rate" \
    "$BENCH_TMP" || status=$?
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
[[ -f $BENCH_TMP/soak.json ]] || die "soak_load.py wrote no results"
errors_in_log=$(grep -c ' ERROR ' "$SERVER_LOG" || true)

python3 - "$BENCH_TMP/soak.json" "$duration" "$rate" "$started" "$load_start" "$load_end" "$errors_in_log" \
    >>"$BENCH_ROWS" <<'EOF_PY'
import json, sys, os
sys.path.insert(0, os.path.join(os.environ["BENCH_DIR"], "lib"))
import rows
soak_file, duration, rate, started, load_start, load_end, log_errors = sys.argv[1:]
s = json.load(open(soak_file, encoding="utf-8"))
table = f"Soak: {int(duration) // 60} min of mixed public load at {rate} requests/s plus an upload every 30 s (demo city, 80,000 entities)"
def ms(v):
    return "–" if v is None else f"{v:.0f}" if v >= 10 else f"{v:.1f}"
for kind in ("search", "report", "print", "feed"):
    k = s["kinds"].get(kind, {})
    print(rows.row(table, [("Requests", kind), ("Count", k.get("requests", 0)), ("Errors", k.get("errors", 0)),
                           ("p50 ms", ms(k.get("p50_ms"))), ("p95 ms", ms(k.get("p95_ms"))), ("p99 ms", ms(k.get("p99_ms")))]))
print(rows.row(table, [("Requests", "**all**"), ("Count", s["requests"]), ("Errors", s["errors"]),
                       ("p50 ms", ms(s["p50_ms"])), ("p95 ms", ms(s["p95_ms"])), ("p99 ms", ms(s["p99_ms"]))]))
mem = s["memory"]
gc = [m for m in mem if m.get("after_gc")]
plain = [m for m in mem if not m.get("after_gc")]
def mb(m, key):
    return f"{m.get(key, '?')} MB"
uploads = s["uploads"]
ok = sum(1 for u in uploads if u["status"] == 202 and u.get("batchStatus") == "COMPLETED")
print(rows.note(table, f"Started {started}; {s['requests']} requests in {s['seconds']} s ({s['rate_achieved']}/s achieved of {rate}/s), "
      f"open loop with {s['workers']} client threads, latency counted from when each request was due. "
      f"Uploads: {len(uploads)} (one every 30 s, 20 penalties each), {ok} answered 202 and COMPLETED, "
      f"{s['upload_failures']} failed; {s['upload_rows']} rows, {s['upload_accepted']} accepted, "
      f"{s['upload_quarantined']} quarantined. ERROR lines in the server log: {log_errors}."))
if gc and plain:
    print(rows.note(table, f"Memory (server JVM, -Xmx1g): heap after a full GC {mb(gc[0], 'heap_used_mb')} at the start, "
          f"{mb(gc[-1], 'heap_used_mb')} at the end; RSS {mb(gc[0], 'rss_mb')} at the start, {mb(plain[-1], 'rss_mb')} at the end; "
          f"heap in use (not after GC) every 30 s: " + ", ".join(str(m.get('heap_used_mb', '?')) for m in plain) + " MB."))
print(rows.note(table, "p99 per minute: " + ", ".join(f"{m['p99_ms']:.0f}" for m in s["per_minute"]) + " ms."))
print(rows.note(table, f"The load client (Python) runs on the same machine as the server and its PostgreSQL; load average "
      f"{load_start} at the start and {load_end} at the end (other builds may share the machine: the figures are then pessimistic)."))
EOF_PY
if ((status != 0)); then
    die "the soak saw errors (see $BENCH_TMP/soak.json)"
fi
