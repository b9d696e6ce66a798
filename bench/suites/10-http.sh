#!/usr/bin/env bash
# Suite "http": the packaged platform under HTTP load from a second process (wrk).
#
# Starts target/credit-platform.jar with a fresh data directory (embedded PostgreSQL), signs in
# once with the form for a SESSION cookie, warms every endpoint of bench/http/endpoints.tsv up, then
# measures each for BENCH_DURATION, and reports requests/s, p50/p95/p99 and the throughput ratio to
# the first (baseline) endpoint measured in the same run. Stops the server on exit.
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/server.sh"
source "$BENCH_DIR/lib/wrk.sh"

http_suite_start

threads=$BENCH_THREADS
connections=$BENCH_CONNECTIONS
duration=$BENCH_DURATION
warmup=$BENCH_WARMUP
if ((connections < threads)); then
    threads=$connections # wrk needs at least one connection per thread
fi
concurrency="$connections connections (wrk -t$threads -c$connections)"
table="HTTP: wrk in a second process, $threads threads × $connections connections, $duration per endpoint after a $warmup warm-up"

# Read the endpoints.
names=() auths=() paths=()
while read -r name auth path _rest; do
    [[ -z $name || $name == \#* ]] && continue
    case $auth in none | session) ;; *) die "endpoints.tsv: unknown auth '$auth' for $name" ;; esac
    names+=("$name") auths+=("$auth") paths+=("$path")
done <"$BENCH_DIR/http/endpoints.tsv"
((${#names[@]} > 0)) || die "no endpoints in bench/http/endpoints.tsv"

server_start
session=""
for auth in "${auths[@]}"; do
    if [[ $auth == session ]]; then
        session=$(server_session admin "$SERVER_ADMIN_PASSWORD")
        log "Signed in as admin (SESSION cookie)"
        break
    fi
done

# wrk arguments for endpoint i (the headers), in the array named by $1.
headers_for() {
    local -n _out=$1
    _out=()
    if [[ ${auths[$2]} == session ]]; then
        _out=(-H "Cookie: SESSION=$session")
    fi
}

# Every endpoint must answer 200 before we load it.
for i in "${!names[@]}"; do
    headers_for hdr "$i"
    code=$(curl -sS --max-time 10 -o "$BENCH_TMP/check.out" -w '%{http_code}' "${hdr[@]}" "$SERVER_URL${paths[$i]}") || code=000
    if [[ $code != 200 ]]; then
        head -c 500 "$BENCH_TMP/check.out" >&2 || true
        echo >&2
        die "GET ${paths[$i]} answered $code, not 200"
    fi
done

for i in "${!names[@]}"; do
    log "Warm-up (not reported): GET ${paths[$i]} for $warmup"
    headers_for hdr "$i"
    run_wrk "$BENCH_TMP/warmup-${names[$i]}.txt" -t"$threads" -c"$connections" -d"$warmup" --timeout 5s \
        "${hdr[@]}" "$SERVER_URL${paths[$i]}"
done

manifest="$BENCH_TMP/manifest.tsv"
: >"$manifest"
for i in "${!names[@]}"; do
    log "Measuring GET ${paths[$i]} for $duration ($concurrency)"
    headers_for hdr "$i"
    out="$BENCH_TMP/wrk-${names[$i]}.txt"
    run_wrk "$out" -t"$threads" -c"$connections" -d"$duration" --timeout 5s --latency \
        -s "$BENCH_DIR/lib/wrk_report.lua" "${hdr[@]}" "$SERVER_URL${paths[$i]}"
    grep -E 'Requests/sec|Non-2xx|Socket errors' "$out" | sed 's/^/    /' >&2 || true
    printf '%s\t%s\t%s\t%s\n' "${names[$i]}" "${auths[$i]}" "GET ${paths[$i]}" "$out" >>"$manifest"
done

python3 "$BENCH_DIR/lib/wrk_rows.py" "$table" "$concurrency" "$manifest" >>"$BENCH_ROWS"
bench_note "$table" "wrk runs on the same $(nproc)-core machine as the server (and its PostgreSQL) and competes with them for CPU; read the numbers as ratios to ${names[0]} (same run), not as capacity."
