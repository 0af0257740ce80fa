#!/usr/bin/env bash
# Reporting benchmark on PostgreSQL (ReportingBench.java): hazard reports filed per second, with p50/p99 latency,
# through the HTTP API of SetSafe running as its own process (`java -jar target/setsafe.jar`, demo data on), by
# concurrent clients each filing as a different crew member with their own API token; as a ratio to as many
# threads doing raw single-row autocommit INSERTs into a copy of hazard_report in the same PostgreSQL, measured in
# the same run. Anonymous reports through the public link are measured on their own (each hashes its receipt code
# with argon2id, slow on purpose). Needs PostgreSQL on 127.0.0.1:5432 (trust auth, database test, user postgres);
# schema setsafe_reporting_bench is dropped and recreated. Sized for a small box (a minute or two on 2 cores).
# Usage: bench/reporting/run.sh [reports=3000] [anonymous=120] [clients=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/setsafe-under-test.sh
start_setsafe reporting ReportingBench

java -cp "$out/classes:$pgjdbc" ReportingBench url="http://127.0.0.1:$port" schema="$schema" out="$out" "$@"
