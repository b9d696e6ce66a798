# Starting, signing in to and stopping the packaged platform (source it after common.sh).
#
#   server_start [ARG...]     starts (a copy of) $BENCH_JAR, with ARGs (e.g. --demo), on a free port
#                             with its own data directory and embedded PostgreSQL; sets SERVER_PID,
#                             SERVER_URL, SERVER_DIR, SERVER_LOG, SERVER_ADMIN_PASSWORD; returns when
#                             health is UP (waiting up to BENCH_SERVER_START_TIMEOUT s, default 180)
#   server_session USER PASS  signs in with the form; prints the SESSION cookie's value
#   server_stop               SIGTERM (graceful; the platform stops its PostgreSQL), waits, and
#                             deletes the temporary directory. Call it from a trap on EXIT.
#
# A suite may set before server_start (after sourcing this file):
#   SERVER_JAVA_OPTS        JVM options of its server, e.g. -Xmx4g (BENCH_SERVER_JAVA_OPTS come after
#                           them, so the user's options win)
#   SERVER_DATA             an existing CREDIT_DATA_DIR to use and keep (default: a fresh one in the
#                           temporary directory, deleted by server_stop)
#   SERVER_ADMIN_PASSWORD   the admin password SERVER_DATA was first started with (default: random)
#
# Only the processes started here are ever signalled, by their PID.

SERVER_PID=""
SERVER_DIR=""
SERVER_URL=""
SERVER_LOG=""
SERVER_ADMIN_PASSWORD=""
SERVER_JAVA_OPTS=""
SERVER_DATA=""

# The CREDIT_DATA_DIR of the server.
server_data_dir() {
    printf '%s\n' "${SERVER_DATA:-$SERVER_DIR/data}"
}

server_start() {
    local port i
    SERVER_DIR=$(mktemp -d "${BENCH_TMP:-/tmp}/server.XXXXXX")
    SERVER_LOG="$SERVER_DIR/server.log"
    port=$(free_port)
    SERVER_URL="http://127.0.0.1:$port"
    # A fresh random password (letters and digits, as the password policy wants) unless one is set.
    if [[ -z $SERVER_ADMIN_PASSWORD ]]; then
        SERVER_ADMIN_PASSWORD="Bench$(python3 -c 'import secrets; print(secrets.token_hex(8))')7"
    fi
    # Run a private copy of the jar: a rebuild of target/ during the run (mvnw package by someone
    # else) would otherwise pull classes from under the running server and break its shutdown.
    cp "$BENCH_JAR" "$SERVER_DIR/credit-platform.jar"
    log "Starting the platform on port $port (data in $(server_data_dir))${*:+ with $*}"
    # The server must use its own embedded PostgreSQL, never a database configured in our environment.
    # shellcheck disable=SC2086  # the JAVA_OPTS are lists of options
    # The load generator runs on this machine: a trusted client of the public pages' fair-use limit.
    # The daily public bulk file is not written in the background (it would compete with what is
    # measured); suite public writes one on demand and reports its time.
    env -u CREDIT_DB_URL -u CREDIT_DB_USER -u CREDIT_DB_PASSWORD \
        CREDIT_DISCLOSURE_RATE_LIMIT_TRUSTED_ADDRESSES="127.0.0.1,0:0:0:0:0:0:0:1" \
        CREDIT_DISCLOSURE_BULK_SCHEDULED=false \
        CREDIT_DATA_DIR="$(server_data_dir)" SERVER_PORT="$port" CREDIT_ADMIN_PASSWORD="$SERVER_ADMIN_PASSWORD" \
        java ${SERVER_JAVA_OPTS:-} ${BENCH_SERVER_JAVA_OPTS:-} -jar "$SERVER_DIR/credit-platform.jar" "$@" >"$SERVER_LOG" 2>&1 </dev/null &
    SERVER_PID=$!
    for ((i = 0; i < ${BENCH_SERVER_START_TIMEOUT:-180}; i++)); do
        if ! alive "$SERVER_PID"; then
            show_log_tail "$SERVER_LOG" 60
            die "the platform exited during start-up"
        fi
        if curl -fsS --max-time 2 "$SERVER_URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            log "The platform is up after ${i} s (pid $SERVER_PID)"
            return 0
        fi
        sleep 1
    done
    show_log_tail "$SERVER_LOG" 60
    die "the platform did not report UP within ${BENCH_SERVER_START_TIMEOUT:-180} s"
}

# Signs in with the web form (GET /login for the CSRF token, POST /login) and prints the SESSION
# cookie. HTTP Basic would re-hash bcrypt on every request, which would dominate any load test.
server_session() {
    local user=$1 password=$2 jar html csrf result code location session
    jar=$(mktemp "$SERVER_DIR/cookies.XXXXXX")
    html=$(curl -fsS --max-time 10 -c "$jar" -b "$jar" "$SERVER_URL/login") || die "GET /login failed"
    csrf=$(python3 -c '
import re, sys
for tag in re.findall(r"<input\b[^>]*>", sys.stdin.read()):
    if re.search(r"""name=["\x27]_csrf["\x27]""", tag):
        m = re.search(r"""value=["\x27]([^"\x27]*)["\x27]""", tag)
        if m:
            print(m.group(1)); break
' <<<"$html")
    [[ -n $csrf ]] || die "no _csrf field in the sign-in form"
    result=$(curl -sS --max-time 10 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
        "$SERVER_URL/login") || die "POST /login failed"
    code=${result%% *}
    location=${result#* }
    if [[ $code != 302 || $location == *error* || $location == */login* ]]; then
        die "signing in as $user failed (HTTP $code, redirect to '$location')"
    fi
    # Cookie jar lines: domain flag path secure expiry name value (HttpOnly ones start with #HttpOnly_).
    session=$(awk -F '\t' '$6 == "SESSION" { v = $7 } END { print v }' "$jar")
    [[ -n $session ]] || die "no SESSION cookie after signing in"
    printf '%s\n' "$session"
}

server_stop() {
    local pg_pid
    if [[ -n $SERVER_PID ]] && alive "$SERVER_PID"; then
        log "Stopping the platform (pid $SERVER_PID)"
        local since=$SECONDS
        if signal_and_wait "$SERVER_PID" TERM "${BENCH_SERVER_STOP_TIMEOUT:-60}"; then
            log "The platform stopped after $((SECONDS - since)) s"
        else
            warn "the platform did not stop within ${BENCH_SERVER_STOP_TIMEOUT:-60} s; killing it"
            signal_and_wait "$SERVER_PID" KILL 10 || true
        fi
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    # Normally the platform stops its PostgreSQL itself; if it could not, stop that one (fast shutdown).
    if [[ -n $SERVER_DIR ]]; then
        local data_dir
        data_dir=$(server_data_dir)
        pg_pid=$(find "$data_dir" -maxdepth 3 -name postmaster.pid -exec head -n 1 {} \; 2>/dev/null | head -n 1)
        if [[ $pg_pid =~ ^[0-9]+$ ]] && alive "$pg_pid" \
                && tr '\0' ' ' <"/proc/$pg_pid/cmdline" 2>/dev/null | grep -qF "$data_dir"; then
            warn "stopping the leftover embedded PostgreSQL (pid $pg_pid)"
            signal_and_wait "$pg_pid" INT 20 || signal_and_wait "$pg_pid" KILL 5 || true
        fi
        # Keep the server's log with the run's other logs (deleted with BENCH_TMP unless --keep-tmp).
        [[ -n ${BENCH_TMP:-} && -f $SERVER_LOG ]] && cp "$SERVER_LOG" "$BENCH_TMP/server-$(date +%s).log" 2>/dev/null
        # SERVER_DATA (a data directory to reuse) is not ours to delete: it lives outside SERVER_DIR.
        rm -rf "$SERVER_DIR"
        SERVER_DIR=""
    fi
}
