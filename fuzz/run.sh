#!/usr/bin/env bash
# Coverage-guided fuzzing of the importers (CSV and XLSX files, JSON pushes, row checking) with
# Jazzer, in process, outside the normal suite. See fuzz/README.md.
#
#   fuzz/run.sh [csv] [json] [xlsx]     (default: all three, one after the other)
#
# Each target runs ImportFuzzTargets#<target> with JAZZER_FUZZ=1 for its number of inputs
# (ImportFuzzTargets.CSV_RUNS, JSON_RUNS, XLSX_RUNS: 1,000,000 in all). A finding (an exception other
# than the typed refusal, a broken property, an input running over 30 s, OutOfMemoryError) stops the
# target and fails the script; Jazzer keeps the input as crash-<sha1> for reproduction. The figures
# (inputs, seconds, coverage, findings) go to fuzz/results.tsv and the logs to $FUZZ_LOGS
# (default: a temporary directory, printed).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
targets=("$@")
((${#targets[@]})) || targets=(csv json xlsx)
logs=${FUZZ_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/credit-fuzz.XXXXXX")}
mkdir -p "$logs"
results="$ROOT/fuzz/results.tsv"
echo "Logs in $logs" >&2

./mvnw -B -q -o test-compile >"$logs/build.log" 2>&1 || ./mvnw -B -q test-compile >"$logs/build.log" 2>&1 \
    || { tail -40 "$logs/build.log" >&2; exit 1; }

status=0
for target in "${targets[@]}"; do
    case $target in csv | json | xlsx) ;; *) echo "unknown target: $target (csv, json, xlsx)" >&2; exit 2 ;; esac
    log="$logs/$target.log"
    echo "Fuzzing $target ($(date -u '+%H:%M:%S') UTC) …" >&2
    started=$(date +%s)
    # -Xmx1g: an input that makes the importer hold too much ends as OutOfMemoryError, a finding.
    if JAZZER_FUZZ=1 ./mvnw -B -o surefire:test -Dtest="ImportFuzzTargets#$target" \
            -Dsurefire.failIfNoSpecifiedTests=false \
            -DargLine="-Xmx1g -XX:-OmitStackTraceInFastThrow -XX:+UseParallelGC -Duser.timezone=UTC -Dfile.encoding=UTF-8" \
            >"$log" 2>&1; then
        outcome=ok
    else
        outcome=FINDING
        status=1
    fi
    seconds=$(($(date +%s) - started))
    # libFuzzer's last status line (#N … cov: C ft: F corp: …) and its "Done N runs in S second(s)".
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
    fuzz_seconds=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    [[ -n $runs ]] || runs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")
    cov=$(sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/\1\t\2\t\3/p' <<<"$last")
    findings=$(grep -cE '^== Java Exception|ERROR: libFuzzer: (timeout|out-of-memory)' "$log" || true)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u '+%Y-%m-%d %H:%M')" "$target" "$outcome" "${runs:-?}" \
        "${fuzz_seconds:-?}" "$seconds" "${cov:-?	?	?}" "$findings" >>"$results"
    echo "  $target: $outcome, ${runs:-?} inputs in ${fuzz_seconds:-?} s of fuzzing ($seconds s with the build), cov/ft/corpus ${cov:-?}, findings $findings" >&2
    if [[ $outcome != ok ]]; then
        grep -B2 -A30 -E '^== Java Exception|ERROR: libFuzzer' "$log" | head -50 >&2 || tail -40 "$log" >&2
    fi
done
exit $status
