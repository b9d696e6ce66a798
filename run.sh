#!/usr/bin/env bash
# Builds the platform with the Maven wrapper and starts it on http://localhost:${SERVER_PORT:-8080}.
#
#   ./run.sh            build and start (embedded PostgreSQL under $CREDIT_DATA_DIR/pg, default ./data)
#   ./run.sh --demo     the same, loading the synthetic demo city (80,000 entities) at first start
#   ./run.sh --no-build start the jar built last time
#
# Configuration is by environment variable; see README.md.
set -euo pipefail
cd "$(dirname "$0")"

demo=false
build=true
for arg in "$@"; do
  case "$arg" in
    --demo) demo=true ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

if $build || [ ! -f target/credit-platform.jar ]; then
  ./mvnw -B -DskipTests package
fi

args=()
if $demo; then
  # An argument of the application itself: java -jar target/credit-platform.jar --demo does the same.
  args+=(--demo)
fi

exec java ${JAVA_OPTS:-} -jar target/credit-platform.jar "${args[@]}"
