#!/usr/bin/env bash
# The fault harness: starts a dev stack of its own (fresh, in .kisti-chaos/, ports 25452, 29112-29113, 28281-28284),
# runs field apps against it (enrolments, deposits, disbursements, repayments, each with its own Idempotency-Key,
# retried with the same key) while it kills PostgreSQL, Kafka and each service with SIGKILL on a schedule derived
# from the seed and starts each again; once everything has caught up it audits the stores, the topics, the
# projection and the report, prints the figures and exits 1 if any check failed. See docs/reliability.md.
#
#   deploy/chaos.sh [--no-build] [--seed N] [--faults K] [--clients C] [--spacing SECONDS] [--down SECONDS]
#
# --seed     the schedule's seed (same seed, same faults at the same offsets); default 1
# --faults   how many faults; every component is hit once before any is hit twice; default 6
# --clients  concurrent field apps; default 4
# --spacing  mean seconds between faults; default 20
# --down     seconds PostgreSQL or Kafka stays down before it is started again; default 10
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/bench.sh" chaos "$@"
