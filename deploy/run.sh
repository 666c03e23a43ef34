#!/usr/bin/env bash
# Runs the whole Kisti system locally: PostgreSQL, a Kafka broker and the four services, no Docker.
#
#   deploy/run.sh [--no-build] [--fresh] [--infra-only] [--home DIR]
#
# --no-build    skip the Maven build (use what is in */target)
# --fresh       wipe the dev stack's home (default <repo>/.kisti) first: empty databases and topics, new keys
# --infra-only  only PostgreSQL and Kafka, e.g. to run one service from the IDE against them
# --home DIR    keep data, logs, keys and tokens in DIR instead of <repo>/.kisti
# Ctrl-C stops everything. See deploy/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "Building (mvn install -DskipTests; --no-build skips this)..."
  (cd "$repo" && mvn -B -q install -DskipTests)
fi

if [[ ! -d "$repo/deploy/target/lib" || ! -d "$repo/deploy/target/kafka-lib" ]]; then
  echo "deploy/target/lib or deploy/target/kafka-lib is missing: run without --no-build first." >&2
  exit 1
fi

cd "$repo"
# exec: Ctrl-C goes straight to the dev stack's JVM, whose shutdown hook stops everything in order.
exec java -Xmx256m -cp "$repo/deploy/target/classes:$repo/deploy/target/lib/*" \
  org.kisti.devstack.DevStack --repo "$repo" "${args[@]+"${args[@]}"}"
