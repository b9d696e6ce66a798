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
