#!/usr/bin/env bash
# The relay benchmark: starts a dev stack of its own (fresh, in .kisti-bench/, ports 35432, 39092, 38081-38084),
# measures Kafka's ProducerPerformance as the baseline, the relay's sustained throughput and its latency, prints a
# table for docs/performance.md, and stops everything.
#
#   deploy/bench.sh [--no-build] [--events N] [--rate PER_SECOND] [--latency-seconds S]
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
  echo "Building (mvn package -DskipTests; --no-build skips this)..."
  (cd "$repo" && mvn -B -q package -DskipTests)
fi

cd "$repo"
exec java -Xmx512m -cp "$repo/deploy/target/classes:$repo/deploy/target/lib/*" \
  org.kisti.devstack.bench.RelayBench --repo "$repo" "${args[@]+"${args[@]}"}"
