#!/usr/bin/env bash
# Custody benchmark on PostgreSQL (CustodyBench.java): custody events per second and their p50/p99 latency
# through the HTTP API of SetSafe running as its own process (`java -jar target/setsafe.jar`, demo data on),
# with 16 concurrent clients each taking its own weapons through unlock, inspect, show-clear, three witness
# confirmations, issue, return and lock-up; as a ratio to 16 threads doing raw single-row autocommit INSERTs
# into a table shaped like custody_event in the same PostgreSQL, measured in the same run (target >= 0.3).
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, database test, user postgres); schema setsafe_custody_bench
# is dropped and recreated. Then the two sweeps, one client alone: a step's mean latency with the day's scenes
# as seeded vs `scenes` (40) on the day, and with the production's custody events as the run left them vs grown
# to `grow-to` (10,000), each with its ratio (flat within ±20%). Usage: bench/custody/run.sh [events=6000]
# [clients=16] [weapons-per-client=2] [probe-cycles=50] [scenes=40] [grow-to=10000] [sweeps=false]
# (e.g. `bench/custody/run.sh events=1500` for a quick run). BENCH_JFR=1 also records a flight recording of
# SetSafe (results/custody.jfr), to see where the time goes.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/setsafe-under-test.sh
start_setsafe custody CustodyBench

java -cp "$out/classes:$pgjdbc" CustodyBench url="http://127.0.0.1:$port" schema="$schema" out="$out" "$@"
