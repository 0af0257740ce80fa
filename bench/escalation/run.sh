#!/usr/bin/env bash
# Escalation benchmark on PostgreSQL (EscalationBench.java): how late escalation steps fire (p50/p99/max from
# their due time) with 10 000 escalations pending at once, in SetSafe running as its own process
# (`java -jar target/setsafe.jar`, demo data on, db-scheduler polling every 2 s as configured by default); as a
# ratio to a bare poller on the same PostgreSQL at the same interval, measured in the same run.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, database test, user postgres); schema setsafe_escalation_bench
# is dropped and recreated. Usage: bench/escalation/run.sh [count=10000] [window=100] [poll=2]
# (steps fall due at count/window a second; sized so a 2-core machine keeps up).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/setsafe-under-test.sh
poll=2
for arg in "$@"; do case "$arg" in poll=*) poll="${arg#poll=}" ;; esac; done
start_setsafe escalation EscalationBench --db-scheduler.polling-interval="${poll}s"

java -cp "$out/classes:$pgjdbc" EscalationBench schema="$schema" out="$out" "$@"
