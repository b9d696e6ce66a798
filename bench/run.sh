#!/usr/bin/env bash
# Runs all benchmarks of the credit platform and prints one markdown table of results, also written
# to bench/results/latest.md (and each suite's to bench/results/NAME.md). See bench/README.md.
#
#   bench/run.sh [--no-build] [--http-only | --jmh-only | --only SUITE[,SUITE]] [--duration 10s]
#                [--warmup 5s] [--threads 2] [--connections 8] [--keep-tmp]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_ROOT=$(cd "$BENCH_DIR/.." && pwd)
export BENCH_DIR BENCH_ROOT
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in bench/lib
source "$BENCH_DIR/lib/common.sh"

usage() {
    cat <<'EOF'
Usage: bench/run.sh [options]

Runs every benchmark suite (bench/suites/*.sh, in order) and prints a markdown table of the
results, also written to bench/results/latest.md (with the last results of the suites not run)
and per suite to bench/results/NAME.md.

  --no-build           do not build the platform, even if target/credit-platform.jar is missing
                       or older than the sources
  --http-only          only the HTTP load benchmarks (suite "http")
  --jmh-only           only the JMH micro-benchmarks (suite "jmh")
  --only S1,S2         only the named suites (file name without number and .sh, see below)
  --duration D         measured wrk run per endpoint (default 10s; wrk syntax: 30s, 1m)
  --warmup D           wrk warm-up per endpoint, not reported (default 5s)
  --threads N          wrk threads (default 2)
  --connections N      wrk connections, i.e. concurrent requests (default 8)
  --keep-tmp           keep the temporary directory with all logs and raw outputs
  -h, --help           this help

Suites: http, jmh, registry-search (the registry's search over 1,000,000 entities), ingestion (the
demo departments' files end to end against PostgreSQL's COPY of the same rows), public (public
search and credit report over 1,000,000 entities with about 2.5 credit records each), soak (10
minutes of steady public load and uploads on the demo city; BENCH_SOAK_DURATION seconds), lists
(the daily lists job over 1,000,000 entities against one SQL query, and decision → public report),
classification (a full risk reclassification of 1,000,000 entities against one SQL query, and batch
accepted → class updated).

Environment: BENCH_JMH_ARGS (default "-f1 -wi 5 -w 1s -i 5 -r 1s"), BENCH_JMH_FILTER (regexp of
JMH benchmarks), BENCH_SERVER_JAVA_OPTS (JVM options of the server under test),
BENCH_REGISTRY_DATA_DIR (keep and reuse the registry suite's loaded data directory),
BENCH_REGISTRY_ENTITIES (default 1000000), BENCH_INGESTION_TIMEOUT, BENCH_INGESTION_JFR,
BENCH_INGESTION_COPIES, BENCH_PUBLIC_DATA_DIR, BENCH_PUBLIC_ENTITIES (default 1000000),
BENCH_PUBLIC_SEED, BENCH_LISTS_DATA_DIR, BENCH_LISTS_ENTITIES (default 1000000),
BENCH_LISTS_LISTINGS, BENCH_LISTS_DECISIONS, BENCH_CLASSIFICATION_DATA_DIR (a loaded data directory, default
BENCH_PUBLIC_DATA_DIR, measured on a copy), BENCH_CLASSIFICATION_ENTITIES, BENCH_CLASSIFICATION_BATCHES;
see bench/README.md.
EOF
}

build=1
only=""
keep_tmp=0
BENCH_DURATION=10s
BENCH_WARMUP=5s
BENCH_THREADS=2
BENCH_CONNECTIONS=8
command_line="bench/run.sh${*:+ $*}"

need_value() { [[ $# -ge 2 && -n $2 ]] || die "$1 needs a value (see --help)"; }
while [[ $# -gt 0 ]]; do
    case $1 in
        --no-build) build=0 ;;
        --http-only) only=http ;;
        --jmh-only) only=jmh ;;
        --only) need_value "$@"; only=$2; shift ;;
        --duration) need_value "$@"; BENCH_DURATION=$2; shift ;;
        --warmup) need_value "$@"; BENCH_WARMUP=$2; shift ;;
        --threads) need_value "$@"; BENCH_THREADS=$2; shift ;;
        --connections) need_value "$@"; BENCH_CONNECTIONS=$2; shift ;;
        --keep-tmp) keep_tmp=1 ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
    shift
done
[[ $BENCH_DURATION =~ ^[1-9][0-9]*[smh]?$ ]] || die "--duration: expected e.g. 10s or 1m, got '$BENCH_DURATION'"
[[ $BENCH_WARMUP =~ ^[1-9][0-9]*[smh]?$ ]] || die "--warmup: expected e.g. 5s, got '$BENCH_WARMUP'"
[[ $BENCH_THREADS =~ ^[1-9][0-9]*$ ]] || die "--threads: expected a positive number"
[[ $BENCH_CONNECTIONS =~ ^[1-9][0-9]*$ ]] || die "--connections: expected a positive number"
export BENCH_DURATION BENCH_WARMUP BENCH_THREADS BENCH_CONNECTIONS
export BENCH_JAR="$BENCH_ROOT/target/credit-platform.jar"

# The suites: bench/suites/NN-name.sh, run in the order of their numbers. A suite's name is the file
# name without number and .sh, unless one of its first 5 lines says "# bench-suite: NAME".
suite_name() {
    local name
    name=$(sed -n '1,5s/^# bench-suite: *\([a-z0-9-]*\) *$/\1/p' "$1" | head -n 1)
    if [[ -z $name ]]; then
        name=$(basename "$1" .sh)
        name=${name#*-}
    fi
    printf '%s\n' "$name"
}
all_suite_names() {
    local file
    for file in "$BENCH_DIR"/suites/[0-9]*.sh; do
        [[ -f $file ]] && suite_name "$file"
    done | paste -sd, -
}
suite_files=() suite_names=()
for file in "$BENCH_DIR"/suites/[0-9]*.sh; do
    [[ -f $file ]] || continue
    name=$(suite_name "$file")
    if [[ -n $only && ",$only," != *",$name,"* ]]; then
        continue
    fi
    suite_files+=("$file") suite_names+=("$name")
done
if ((${#suite_files[@]} == 0)); then
    die "no suite matches '$only' (suites: $(all_suite_names))"
fi

RUN_TMP=$(mktemp -d "${TMPDIR:-/tmp}/credit-bench.XXXXXX")
SUITE_PID=""
cleanup() {
    local status=$?
    if [[ -n $SUITE_PID ]] && alive "$SUITE_PID"; then
        # The suite's own EXIT trap stops whatever it started (the server, wrk, JMH).
        signal_and_wait "$SUITE_PID" TERM 90 || warn "suite (pid $SUITE_PID) did not stop"
    fi
    if ((keep_tmp)); then
        log "Temporary files kept in $RUN_TMP"
    else
        rm -rf "$RUN_TMP"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started=$(date +%s)

# Build the platform when the jar is missing or older than its sources.
if ((build)); then
    reason=""
    if [[ ! -f $BENCH_JAR ]]; then
        reason="target/credit-platform.jar is missing"
    elif [[ -n $(cd "$BENCH_ROOT" && find src pom.xml -newer "$BENCH_JAR" -print -quit 2>/dev/null) ]]; then
        reason="sources are newer than target/credit-platform.jar"
    fi
    if [[ -n $reason ]]; then
        log "Building the platform ($reason): ./mvnw -B -DskipTests package"
        if ! (cd "$BENCH_ROOT" && ./mvnw -B -ntp -DskipTests package) >"$RUN_TMP/build.log" 2>&1; then
            show_log_tail "$RUN_TMP/build.log" 60
            die "building the platform failed"
        fi
    else
        log "target/credit-platform.jar is up to date"
    fi
elif [[ ! -f $BENCH_JAR ]]; then
    warn "--no-build, and target/credit-platform.jar is missing"
fi

# The commit under test, read before the suites run (the sources may change while they run).
commit=$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo "unknown")
if [[ $commit != unknown && -n $(git -C "$BENCH_ROOT" status --porcelain -- src pom.xml 2>/dev/null) ]]; then
    commit="$commit + uncommitted changes"
fi

export BENCH_ROWS="$RUN_TMP/rows.jsonl"
: >"$BENCH_ROWS"
failed=()
for i in "${!suite_files[@]}"; do
    name=${suite_names[$i]}
    log "Suite $name ($(basename "${suite_files[$i]}"))"
    mkdir -p "$RUN_TMP/$name"
    rows_before=$(wc -l <"$BENCH_ROWS")
    BENCH_TMP="$RUN_TMP/$name" bash "${suite_files[$i]}" &
    SUITE_PID=$!
    if wait "$SUITE_PID"; then
        log "Suite $name done"
    else
        warn "suite $name failed"
        failed+=("$name")
    fi
    SUITE_PID=""
    # This suite's rows alone, for bench/results/NAME.md.
    tail -n +"$((rows_before + 1))" "$BENCH_ROWS" >"$RUN_TMP/rows-$name.jsonl"
done

# The report: date, machine, commit, then every table.
cpu_model=$(awk -F ': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
mem_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
java_version=$(java -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
machine="nproc $(nproc), ${mem_gib} GiB RAM${cpu_model:+, $cpu_model}, $(uname -sm), Java ${java_version:-?}"
python3 - "$RUN_TMP/meta.json" "$(date '+%Y-%m-%d %H:%M %Z')" "$machine" "$commit" "$command_line" \
    "${failed[@]}" <<'EOF'
import json, sys
out, date, machine, commit, command, *failed = sys.argv[1:]
json.dump({"date": date, "machine": machine, "commit": commit, "command": command, "failed": failed},
          open(out, "w", encoding="utf-8"), ensure_ascii=False)
EOF
python3 "$BENCH_DIR/lib/report.py" "$BENCH_ROWS" "$RUN_TMP/meta.json" >"$RUN_TMP/report.md"

echo
cat "$RUN_TMP/report.md"
echo
if ((${#failed[@]})); then
    # A failed run does not replace the last good results.
    die "failed: ${failed[*]} (bench/results/latest.md left unchanged; $(($(date +%s) - started)) s in all)"
fi
mkdir -p "$BENCH_DIR/results"
# Each suite's own results: bench/results/NAME.md (the same header, only its tables).
for name in "${suite_names[@]}"; do
    python3 "$BENCH_DIR/lib/report.py" "$RUN_TMP/rows-$name.jsonl" "$RUN_TMP/meta.json" >"$BENCH_DIR/results/$name.md.tmp"
    mv "$BENCH_DIR/results/$name.md.tmp" "$BENCH_DIR/results/$name.md"
done
# latest.md: this run's tables, then the last results of the suites this run left out (from their
# bench/results/NAME.md), so that a partial run replaces only its own suites' sections.
all_suites=$(all_suite_names)
python3 "$BENCH_DIR/lib/merge_results.py" "$RUN_TMP/report.md" "$BENCH_DIR/results" \
    "$(IFS=,; echo "${suite_names[*]}")" "$all_suites" >"$BENCH_DIR/results/latest.md.tmp"
mv "$BENCH_DIR/results/latest.md.tmp" "$BENCH_DIR/results/latest.md"
log "Written to bench/results/latest.md and bench/results/{$(IFS=,; echo "${suite_names[*]}")}.md ($(($(date +%s) - started)) s in all)"
