# Running wrk from a suite (source it after common.sh).
#
#   ensure_wrk           installs wrk with apt-get when it is missing and we are root; dies otherwise
#   run_wrk OUT ARG...   runs `wrk ARG...` in the background with its output in OUT and waits for it,
#                        so that a signal stops the suite at once; dies (showing OUT) if wrk fails
#   stop_wrk             stops a wrk that run_wrk started, by its PID (call it from the EXIT trap)

WRK_PID=""

ensure_wrk() {
    command -v wrk >/dev/null 2>&1 && return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        log "Installing wrk (apt-get install -y wrk)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >&2 \
            || { DEBIAN_FRONTEND=noninteractive apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >&2; } \
            || die "could not install wrk"
    else
        die "wrk is missing: install it (Debian/Ubuntu: sudo apt-get install wrk) or run bench/run.sh --jmh-only"
    fi
}

run_wrk() {
    local out=$1
    shift
    wrk "$@" >"$out" 2>&1 &
    WRK_PID=$!
    if ! wait "$WRK_PID"; then
        WRK_PID=""
        cat "$out" >&2
        die "wrk failed: wrk $*"
    fi
    WRK_PID=""
}

stop_wrk() {
    if [[ -n $WRK_PID ]] && alive "$WRK_PID"; then
        kill "$WRK_PID" 2>/dev/null || true
    fi
    WRK_PID=""
}

# Loading lists of paths (bench/lib/wrk_paths.lua) at the concurrency of the run:
#
#   wrk_concurrency           sets WRK_THREADS, WRK_CONNECTIONS (from BENCH_THREADS/BENCH_CONNECTIONS; at
#                             most one thread per connection) and WRK_CONCURRENCY (text for the tables)
#   wrk_paths OUT DURATION PATHS_FILE [ARG...]
#                             runs wrk against $SERVER_URL with the paths of PATHS_FILE in turn, extra wrk
#                             ARGs (e.g. -H 'Cookie: …', --latency); waits up to 30 s for a response, so
#                             that a slow request is measured rather than left out as a timeout
#   wrk_rps OUT               requests/s of a wrk_paths run (rounded)
#   wrk_log OUT               logs requests/s, p50/p95/p99 and errors of a wrk_paths run
#   wrk_warm_up NAME=PATHS_FILE... [-- ARG...]
#                             JIT warm-up, not reported: rounds of BENCH_WARMUP per list until every
#                             list's requests/s is within 10 % of the round before (at least 6 rounds, at
#                             most 10). On 2 cores the server's JIT compiler competes with the load, and
#                             the fast requests keep gaining for tens of thousands of requests.

wrk_concurrency() {
    WRK_THREADS=$BENCH_THREADS
    WRK_CONNECTIONS=$BENCH_CONNECTIONS
    if ((WRK_CONNECTIONS < WRK_THREADS)); then
        WRK_THREADS=$WRK_CONNECTIONS # wrk needs at least one connection per thread
    fi
    WRK_CONCURRENCY="$WRK_CONNECTIONS connections (wrk -t$WRK_THREADS -c$WRK_CONNECTIONS)"
}

wrk_paths() {
    local out=$1 time=$2 paths=$3
    shift 3
    [[ -n ${WRK_THREADS:-} ]] || wrk_concurrency
    run_wrk "$out" -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$time" --timeout 30s "$@" \
        -s "$BENCH_DIR/lib/wrk_paths.lua" "$SERVER_URL" -- "$paths"
}

wrk_rps() {
    sed -n 's/^BENCH_JSON //p' "$1" | python3 -c '
import json, sys
m = json.load(sys.stdin)
print(round(m["requests"] / (m["duration_us"] / 1e6)))'
}

wrk_log() {
    grep -E 'Requests/sec|Non-2xx|Socket errors' "$1" | sed 's/^/    /' >&2 || true
    sed -n 's/^BENCH_JSON //p' "$1" | python3 -c '
import json, sys
m = json.load(sys.stdin)
p50, p95, p99 = (m[k] / 1000 for k in ("p50_us", "p95_us", "p99_us"))
errors = sum(m["errors"].values())
print(f"    p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms, errors {errors}")' >&2 || true
}

wrk_warm_up() {
    local lists=() args=() round stable name file current previous text
    while (($#)); do
        if [[ $1 == -- ]]; then
            shift
            args=("$@")
            break
        fi
        lists+=("$1")
        shift
    done
    declare -A last_rps=()
    for ((round = 1; round <= 10; round++)); do
        stable=1 text=""
        for entry in "${lists[@]}"; do
            name=${entry%%=*} file=${entry#*=}
            wrk_paths "$BENCH_TMP/jit-$name-$round.txt" "$BENCH_WARMUP" "$file" "${args[@]}"
            current=$(wrk_rps "$BENCH_TMP/jit-$name-$round.txt")
            previous=${last_rps[$name]:-0}
            if ! ((previous > 0 && current * 100 >= previous * 90 && current * 100 <= previous * 110)); then
                stable=0
            fi
            last_rps[$name]=$current
            text+="${text:+, }$name $current"
        done
        log "JIT warm-up (not reported), round $round: $text requests/s"
        ((stable && round >= 6)) && return 0
    done
    warn "the throughput of ${lists[*]%%=*} still changed by more than 10 % after 10 warm-up rounds"
}

# The set-up every suite that loads the packaged platform with wrk shares: wrk installed, the jar
# built, and wrk and the server stopped however the suite ends (also on Ctrl-C or a failure).
http_suite_start() {
    wrk_suite_cleanup() {
        stop_wrk
        server_stop
    }
    trap wrk_suite_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    ensure_wrk
    [[ -f $BENCH_JAR ]] || die "$BENCH_JAR is missing (build it, or run bench/run.sh without --no-build)"
}
