#!/usr/bin/env bash
# Suite "jmh": in-process micro-benchmarks (JMH) of the platform's classes, from bench/jmh/.
#
# Packs the root's target/classes into a plain jar, installs it into the local Maven repository as
# cn.gov.amr:credit-platform-classes:bench, builds bench/jmh (its own pom, the root's Maven
# wrapper), runs every benchmark in it and turns JMH's JSON result into rows.
#
# BENCH_JMH_ARGS   JMH options (default: -f1 -wi 5 -w 1s -i 5 -r 1s)
# BENCH_JMH_FILTER regular expression of the benchmarks to run (default: all)
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"

JMH_PID=""
cleanup() {
    if [[ -n $JMH_PID ]] && alive "$JMH_PID"; then
        kill "$JMH_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mvnw() {
    "$BENCH_ROOT/mvnw" -B -ntp -f "$BENCH_DIR/jmh/pom.xml" "$@"
}

classes="$BENCH_ROOT/target/classes"
[[ -d $classes/cn ]] || die "$classes is missing (build the platform, or run bench/run.sh without --no-build)"

log "Installing the platform's classes as cn.gov.amr:credit-platform-classes:bench"
jar cf "$BENCH_TMP/credit-platform-classes.jar" -C "$classes" .
mvnw -q install:install-file -Dfile="$BENCH_TMP/credit-platform-classes.jar" \
    -DgroupId=cn.gov.amr -DartifactId=credit-platform-classes -Dversion=bench -Dpackaging=jar \
    >"$BENCH_TMP/install.log" 2>&1 || { show_log_tail "$BENCH_TMP/install.log" 60; die "install:install-file failed"; }

log "Building bench/jmh"
mvnw clean package >"$BENCH_TMP/build.log" 2>&1 \
    || { show_log_tail "$BENCH_TMP/build.log" 80; die "building bench/jmh failed"; }

read -r -a jmh_args <<<"${BENCH_JMH_ARGS:--f1 -wi 5 -w 1s -i 5 -r 1s}"
filter=()
[[ -n ${BENCH_JMH_FILTER:-} ]] && filter=("$BENCH_JMH_FILTER")

log "Running JMH: ${jmh_args[*]} ${filter[*]}"
java -jar "$BENCH_DIR/jmh/target/benchmarks.jar" "${jmh_args[@]}" \
    -rf json -rff "$BENCH_TMP/jmh.json" "${filter[@]}" >"$BENCH_TMP/jmh.log" 2>&1 &
JMH_PID=$!
if ! wait "$JMH_PID"; then
    JMH_PID=""
    show_log_tail "$BENCH_TMP/jmh.log" 60
    die "JMH failed"
fi
JMH_PID=""
# JMH's own summary, for the console.
sed -n '/^Benchmark /,$p' "$BENCH_TMP/jmh.log" | sed 's/^/    /' >&2

python3 "$BENCH_DIR/lib/jmh_rows.py" "$BENCH_TMP/jmh.json" >>"$BENCH_ROWS"
