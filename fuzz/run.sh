#!/usr/bin/env bash
# Fuzzing of the importers (CSV and XLSX files, JSON pushes, row checking), in process, outside the
# normal suite. See fuzz/README.md.
#
#   fuzz/run.sh [--inputs N] [--formats csv,json,xlsx] [--offset N]   the long seeded run (ImportFuzzLongRun):
#                                                        N generated inputs (default 1,000,000)
#   fuzz/run.sh --jazzer [csv] [json] [xlsx]             coverage-guided, with Jazzer (ImportFuzzTargets),
#                                                        ImportFuzzTargets.*_RUNS inputs per target
#
# A finding (an exception other than the typed refusal, a broken property, an input running over
# 30 s, OutOfMemoryError) fails the script and names the input: a seed (ImportInputs.seeded(seed))
# for the seeded run, a crash-<sha1> file for Jazzer. The figures go to fuzz/results.tsv, the logs
# to $FUZZ_LOGS (default: a temporary directory, printed).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
mode=seeded inputs=1000000 formats=csv,json,xlsx offset=0 targets=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --jazzer) mode=jazzer ;;
        --inputs) inputs=$2; shift ;;
        --formats) formats=$2; shift ;;
        --offset) offset=$2; shift ;; # start at input N of each format (new seeds: extends an earlier run)
        csv | json | xlsx) targets+=("$1") ;;
        *) echo "usage: fuzz/run.sh [--inputs N] [--formats csv,json,xlsx] | --jazzer [csv] [json] [xlsx]" >&2; exit 2 ;;
    esac
    shift
done
logs=${FUZZ_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/credit-fuzz.XXXXXX")}
mkdir -p "$logs"
results="$ROOT/fuzz/results.tsv"
[[ -f $results ]] || printf '# date\tmode\ttarget\toutcome\tinputs\tseconds\tdetails\n' >"$results"
echo "Logs in $logs" >&2
# -Xmx1g: an input that makes the importer hold too much ends as OutOfMemoryError, a finding.
jvm="-Xmx1g -XX:-OmitStackTraceInFastThrow -XX:+UseParallelGC -Duser.timezone=UTC -Dfile.encoding=UTF-8"

./mvnw -B -q -o test-compile >"$logs/build.log" 2>&1 || ./mvnw -B -q test-compile >"$logs/build.log" 2>&1 \
    || { tail -40 "$logs/build.log" >&2; exit 1; }

if [[ $mode == seeded ]]; then
    log="$logs/seeded.log"
    echo "Seeded run: $inputs inputs of $formats ($(date -u '+%H:%M:%S') UTC) …" >&2
    status=0
    # The pom's surefire argLine wins over -DargLine: the options reach the forked JVM through the launcher.
    JDK_JAVA_OPTIONS="$jvm -Dfuzz.inputs=$inputs -Dfuzz.formats=$formats -Dfuzz.offset=$offset" \
        ./mvnw -B -o surefire:test -Dtest=ImportFuzzLongRun -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=1
    grep -E '^FUZZ-' "$log" | grep -v PROGRESS >&2 || true
    while read -r line; do
        format=$(sed -n 's/.*format=\([a-z]*\).*/\1/p' <<<"$line")
        n=$(sed -n 's/.* inputs=\([0-9]*\).*/\1/p' <<<"$line")
        seconds=$(sed -n 's/.* seconds=\([0-9.]*\).*/\1/p' <<<"$line")
        printf '%s\tseeded\t%s\tok\t%s\t%s\t%s\n' "$(date -u '+%Y-%m-%d %H:%M')" "$format" "$n" "$seconds" \
            "${line#*inputs_per_s=}" >>"$results"
    done < <(grep '^FUZZ-SUMMARY' "$log" || true)
    if ((status)); then
        printf '%s\tseeded\t%s\tFINDING\t-\t-\tsee %s\n' "$(date -u '+%Y-%m-%d %H:%M')" "$formats" "$log" >>"$results"
        grep -E -A30 'FUZZ-HANG|seed [0-9]+ \(input' "$log" | head -50 >&2 || tail -40 "$log" >&2
    fi
    exit $status
fi

((${#targets[@]})) || targets=(csv json xlsx)
status=0
for target in "${targets[@]}"; do
    log="$logs/$target.log"
    echo "Jazzer: $target ($(date -u '+%H:%M:%S') UTC) …" >&2
    started=$(date +%s)
    outcome=ok
    JAZZER_FUZZ=1 JDK_JAVA_OPTIONS="$jvm" ./mvnw -B -o surefire:test -Dtest="ImportFuzzTargets#$target" \
        -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || { outcome=FINDING; status=1; }
    seconds=$(($(date +%s) - started))
    # libFuzzer's "Done N runs in S second(s)" and its last status line (#N … cov: C ft: F corp: …).
    runs=$(sed -n 's/^Done \([0-9]*\) runs in .*/\1/p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    [[ -n $runs ]] || runs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")
    cov=$(sed -n 's/.* \(cov: [0-9]* ft: [0-9]* corp: [0-9]*\).*/\1/p' <<<"$last")
    printf '%s\tjazzer\t%s\t%s\t%s\t%s\t%s\n' "$(date -u '+%Y-%m-%d %H:%M')" "$target" "$outcome" "${runs:-?}" \
        "$seconds" "${cov:-?}" >>"$results"
    echo "  $target: $outcome, ${runs:-?} inputs in $seconds s, ${cov:-?}" >&2
    if [[ $outcome != ok ]]; then
        grep -B2 -A30 -E '^== Java Exception|ERROR: libFuzzer' "$log" | head -50 >&2 || tail -40 "$log" >&2
    fi
done
exit $status
