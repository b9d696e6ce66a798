# Helpers shared by bench/run.sh and the suites (source it; bash only).

# Progress goes to stderr so that stdout carries only the results table.
log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Prints the last lines of a log file (after a failure).
show_log_tail() {
    local file=$1 lines=${2:-40}
    if [[ -s $file ]]; then
        printf -- '---- last %s lines of %s ----\n' "$lines" "$file" >&2
        tail -n "$lines" "$file" >&2
        printf -- '----\n' >&2
    fi
}

# Appends one result row to $BENCH_ROWS, the file bench/lib/report.py turns into tables.
#   bench_row "Table title" "Column=value" "Column=value" ...
# Rows with the same table title form one table; columns appear in the order first given.
bench_row() {
    python3 "$BENCH_DIR/lib/rows.py" row "$@" >>"$BENCH_ROWS"
}

# Adds a note printed under a table.   bench_note "Table title" "text"
bench_note() {
    python3 "$BENCH_DIR/lib/rows.py" note "$1" "$2" >>"$BENCH_ROWS"
}

# A TCP port that is free right now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# True while the process lives (and is not a zombie).
alive() {
    local pid=$1 state
    kill -0 "$pid" 2>/dev/null || return 1
    state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)
    [[ $state != Z ]]
}

# Sends a signal, then waits up to $3 seconds for the process to end. Returns 1 if it is still alive.
signal_and_wait() {
    local pid=$1 sig=$2 seconds=$3 i
    kill "-$sig" "$pid" 2>/dev/null || return 0
    for ((i = 0; i < seconds * 10; i++)); do
        alive "$pid" || return 0
        sleep 0.1
    done
    ! alive "$pid"
}
