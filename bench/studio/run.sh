#!/usr/bin/env bash
# Studio view benchmark on PostgreSQL (StudioBench.java): how long the studio's table takes to answer (the JSON API
# and the page, as studio safety) with 50, 100 and 200 generated productions and their records (200 productions
# carry about a million ledger entries), against a baseline measured at each size in the same run: one indexed
# query over the same data (open reports per production, straight over JDBC). Also the trends' answer time, and how
# long the background sweep takes to count every production's pre-production gaps (read from SetSafe's log). SetSafe
# runs as its own process (`java -jar target/setsafe.jar`, demo data on); the checkpoint signer is slowed to once
# an hour, since the generated ledger entries are written straight into the tables and are not meant to be signed.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, database test, user postgres); schema setsafe_studio_bench is
# dropped and recreated. Usage: bench/studio/run.sh [sizes=50,100,200] [ledger-per-production=5000] [runs=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/setsafe-under-test.sh
start_setsafe studio StudioBench --setsafe.ledger.checkpoint-interval=1h \
  --setsafe.studio.gaps-every=2m --setsafe.studio.gaps-first=5s

java -cp "$out/classes:$pgjdbc" StudioBench url="http://127.0.0.1:$port" schema="$schema" out="$out" "$@"
