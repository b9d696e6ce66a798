# The synthetic demo city of suites that need many entities (source it after common.sh and server.sh).
#
#   city_data_dir VAR          reuse the data directory named by the environment variable VAR (e.g.
#                              BENCH_REGISTRY_DATA_DIR), if set: creates it, keeps the admin password it
#                              was created with in DIR/bench-admin-password, and sets SERVER_DATA and
#                              SERVER_ADMIN_PASSWORD for server_start; sets CITY_REUSE (empty: a fresh one)
#   city_start N TIMEOUT [ARG...]
#                              starts the platform (-Xmx4g unless SERVER_JAVA_OPTS is set) with --demo
#                              --credit.registry.demo-entities=N and ARGs, and waits up to TIMEOUT s for
#                              "Demo city loaded: N entities … in T s" (or "already loaded" in a reused
#                              directory); sets CITY_LOAD_LINE and CITY_LOAD_SECONDS (empty when reused)
#   city_wait_total SESSION N  waits until GET /api/v1/entities?size=1 reports total N; sets CITY_TOTAL
#   city_load_text             the load time for a set-up row (this run's, or the one kept in CITY_REUSE)
#   pg_wait_idle MAX_SECONDS   waits until the embedded PostgreSQL runs no query but ours and no
#                              (auto)vacuum (needs psql; without it, a pause of 3 s); sets PG_PORT
#   psql_city ARG...           psql as postgres on the platform's embedded PostgreSQL (quiet, tuples only)

CITY_REUSE=""
CITY_LOAD_LINE=""
CITY_LOAD_SECONDS=""
CITY_TOTAL=""
PG_PORT=""

city_data_dir() {
    local var=$1
    [[ -n ${!var:-} ]] || return 0
    CITY_REUSE=$(realpath -m "${!var}")
    mkdir -p "$CITY_REUSE"
    if [[ -f $CITY_REUSE/bench-admin-password ]]; then
        SERVER_ADMIN_PASSWORD=$(<"$CITY_REUSE/bench-admin-password")
    elif [[ -e $CITY_REUSE/pg ]]; then
        die "$var=$CITY_REUSE has a database but no bench-admin-password: it was not made by this suite (use an empty or new directory)"
    else
        SERVER_ADMIN_PASSWORD="Bench$(python3 -c 'import secrets; print(secrets.token_hex(8))')7"
        (umask 077 && printf '%s\n' "$SERVER_ADMIN_PASSWORD" >"$CITY_REUSE/bench-admin-password")
    fi
    SERVER_DATA=$CITY_REUSE
}

city_start() {
    local entities=$1 load_timeout=$2 since entities_text
    shift 2
    # 4 GiB of heap for the loader (BENCH_SERVER_JAVA_OPTS come after and win). The platform may load
    # the demo city before it reports UP: wait for UP as long as for the load.
    SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-"-Xmx4g"}
    export BENCH_SERVER_START_TIMEOUT=${BENCH_SERVER_START_TIMEOUT:-$((load_timeout + 180))}
    # The demo departments' records are made for the seed-scale city (80,000): not for these cities.
    server_start --demo "--credit.registry.demo-entities=$entities" --credit.ingestion.demo-records=false "$@"

    # "Demo city loaded: N entities (seed S) in T s", or, in a reused data directory, "Demo city
    # already loaded at an earlier start".
    entities_text=$(python3 -c "print(f'{$entities:,}')")
    log "Waiting for the demo city of $entities_text entities (up to $load_timeout s; 1,000,000 take 60–120 s on 2 cores)"
    since=$SECONDS
    while :; do
        CITY_LOAD_LINE=$(grep -m1 -E 'Demo city (loaded:|already loaded)' "$SERVER_LOG" || true)
        [[ -n $CITY_LOAD_LINE ]] && break
        if ! alive "$SERVER_PID"; then
            show_log_tail "$SERVER_LOG" 60
            die "the platform exited while loading the demo city"
        fi
        if ((SECONDS - since >= load_timeout)); then
            show_log_tail "$SERVER_LOG" 40
            die "the demo city was not loaded within $load_timeout s"
        fi
        if (((SECONDS - since) % 30 == 0 && SECONDS > since)); then
            log "... still loading ($((SECONDS - since)) s)"
        fi
        sleep 1
    done
    log "After $((SECONDS - since)) s: Demo city${CITY_LOAD_LINE#*Demo city}"
    CITY_LOAD_SECONDS=""
    if [[ $CITY_LOAD_LINE =~ Demo\ city\ loaded:\ ([0-9]+)\ entities.*\ in\ ([0-9.]+)\ s ]]; then
        CITY_LOAD_SECONDS=${BASH_REMATCH[2]}
        [[ ${BASH_REMATCH[1]} == "$entities" ]] || die "the demo city has ${BASH_REMATCH[1]} entities, not $entities"
        [[ -n $CITY_REUSE ]] && printf '%s\n' "$CITY_LOAD_SECONDS" >"$CITY_REUSE/bench-load-seconds"
    fi
    PG_PORT=$(sed -n 's/.*Database: embedded PostgreSQL.*, port \([0-9]*\).*/\1/p' "$SERVER_LOG" | head -n 1)
}

# The load is committed (and followed by VACUUM ANALYZE) before the list shows every entity.
city_wait_total() {
    local session=$1 entities=$2 since=$SECONDS
    while :; do
        CITY_TOTAL=$(curl -sS --max-time 60 -H "Cookie: SESSION=$session" "$SERVER_URL/api/v1/entities?size=1" \
            | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo "?")
        [[ $CITY_TOTAL == "$entities" ]] && break
        if [[ $CITY_LOAD_LINE == *"already loaded"* && $CITY_TOTAL =~ ^[0-9]+$ ]]; then
            die "the reused data directory $CITY_REUSE holds $CITY_TOTAL entities, not $entities (use another data directory)"
        fi
        ((SECONDS - since < 300)) || die "GET /api/v1/entities?size=1 reports total $CITY_TOTAL, not $entities, after 300 s"
        sleep 2
    done
    log "GET /api/v1/entities?size=1: total $CITY_TOTAL"
}

city_load_text() {
    if [[ -n $CITY_LOAD_SECONDS ]]; then
        printf '%s\n' "$CITY_LOAD_SECONDS s (log: Demo city${CITY_LOAD_LINE#*Demo city})"
    elif [[ -n $CITY_REUSE && -f $CITY_REUSE/bench-load-seconds ]]; then
        printf '%s\n' "$(<"$CITY_REUSE/bench-load-seconds") s, at an earlier run (reused data directory)"
    else
        printf '%s\n' "loaded at an earlier run (reused data directory)"
    fi
}

psql_city() {
    PGOPTIONS="-c client_min_messages=warning" psql -X -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 -Atq "$@"
}

# Waits until PostgreSQL runs no query but ours: no VACUUM/ANALYZE after a load, and nothing left
# over from the previous wrk run (a slow search goes on after wrk has stopped waiting for it).
pg_wait_idle() {
    local max=$1 since=$SECONDS busy
    if [[ -z $PG_PORT ]] || ! command -v psql >/dev/null 2>&1; then
        sleep 3
        return 0
    fi
    while :; do
        busy=$(psql_city -c "select count(*) from pg_stat_activity
            where pid <> pg_backend_pid() and backend_type in ('client backend', 'autovacuum worker')
              and state = 'active'" 2>/dev/null || echo "?")
        [[ $busy == 0 || $busy == "?" ]] && return 0
        if ((SECONDS - since >= max)); then
            warn "PostgreSQL still runs $busy queries after $max s; going on"
            return 0
        fi
        ((SECONDS - since < 5)) || (((SECONDS - since) % 15)) || log "... waiting for $busy running queries (VACUUM, or searches of the last run) ($((SECONDS - since)) s)"
        sleep 1
    done
}
