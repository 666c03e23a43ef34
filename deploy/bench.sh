#!/usr/bin/env bash
# The relay benchmark: starts a dev stack of its own (fresh, in .kisti-bench/, ports 35432, 39092, 38081-38084),
# measures Kafka's ProducerPerformance as the baseline, the relay's sustained throughput and its latency, prints a
# table for docs/performance.md, and stops everything.
#
#   deploy/bench.sh [--no-build] [--events N] [--rate PER_SECOND] [--latency-seconds S]
#
# With "report" first, the portfolio report benchmark instead: a dev stack of its own in .kisti-bench-report/ (ports
# 25442, 29102, 28181-28184: below the ephemeral range outgoing connections draw from), the reporting projection
# filled with a synthetic organisation of growing size, each loan's standing derived by the service, the report timed
# (today and a year back, groupBy branch) beside a plain scan of the same rows:
#
#   deploy/bench.sh report [--no-build] [--loans 10000,50000,100000] [--requests N]
#
# With "repayments" first, repayments over REST from concurrent clients beside the same event rows inserted by JDBC,
# one per transaction, in the same database (.kisti-bench-repayments/, ports 25472, 29132-29133, 28481-28484):
#
#   deploy/bench.sh repayments [--no-build] [--clients 8] [--seconds 20] [--loans-per-client 4]
#
# With "catch-up" first, the reporting projection working off a backlog and rebuilding from offset 0, beside a plain
# consumer of the same topics (.kisti-bench-catch-up/, ports 25482, 29142-29143, 28491-28494): households served
# over REST, their events copied into the stores with fresh ids:
#
#   deploy/bench.sh catch-up [--no-build] [--households 20] [--copies 100]
#
# With "sheets" first, collection sheets of 30 members (60 lines) posted over REST: one client's latency per sheet,
# then 4 clients timed until the projection has applied every line, beside the same lines as single REST repayments
# and deposits (.kisti-bench-sheets/, ports 25492, 29152-29153, 28591-28594):
#
#   deploy/bench.sh sheets [--no-build] [--clients 4] [--members 30] [--seconds 20] [--single 40]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=true
main=org.kisti.devstack.bench.RelayBench
if [[ "${1:-}" == report ]]; then
  main=org.kisti.devstack.bench.ReportBench
  shift
elif [[ "${1:-}" == repayments ]]; then
  main=org.kisti.devstack.bench.RepaymentBench
  shift
elif [[ "${1:-}" == sheets ]]; then
  main=org.kisti.devstack.bench.SheetBench
  shift
elif [[ "${1:-}" == catch-up ]]; then
  main=org.kisti.devstack.bench.CatchUpBench
  shift
elif [[ "${1:-}" == chaos ]]; then
  # deploy/chaos.sh comes this way: the fault harness (org.kisti.devstack.chaos.FaultHarness).
  main=org.kisti.devstack.chaos.FaultHarness
  shift
fi
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
  "$main" --repo "$repo" "${args[@]+"${args[@]}"}"
