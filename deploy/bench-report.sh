#!/usr/bin/env bash
# The portfolio report benchmark: starts a dev stack of its own (fresh, in .kisti-bench-report/, ports 35442, 39102,
# 38181-38184), fills the reporting projection with a synthetic organisation of growing size, and times the report
# (today and a year back, groupBy branch) beside a plain scan of the same rows; prints a table for
# docs/performance.md, and stops everything.
#
#   deploy/bench-report.sh [--no-build] [--loans 10000,50000,100000] [--requests N]
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
  org.kisti.devstack.bench.ReportBench --repo "$repo" "${args[@]+"${args[@]}"}"
