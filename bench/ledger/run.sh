#!/usr/bin/env bash
# Ledger benchmarks on PostgreSQL, each as a ratio to a baseline measured in the same run (LedgerBench.java):
#   1. append throughput and latency, 16 writers into one production's log vs. plain autocommit INSERTs;
#   2. full verification of the log vs. SHA-256 over the same leaf bytes, and vs. the read + hash floor (the same
#      rows read with the same query and each leaf hashed as it arrives, no verification): the ratio
#      verification/floor says how close verification comes to what reading and hashing alone cost;
#   3. inclusion and consistency proof latency vs. a SELECT by primary key.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, database test, user postgres); schema setsafe_bench is
# dropped and recreated. Usage: bench/ledger/run.sh [entries=1000000] [writers=16] [proofs=10000] [runs=3]
# (e.g. `bench/ledger/run.sh entries=20000` for a quick run); jdbc-options=k=v&… adds pgjdbc URL parameters to
# SetSafe's pool, to try driver settings. BENCH_JFR=1 also records a flight recording.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/ledger/results
mkdir -p "$out/classes"

if [ ! -f target/setsafe.jar ] || [ -n "$(find src/main pom.xml -newer target/setsafe.jar -print -quit)" ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
if [ ! -f "$out/classpath.txt" ] || [ pom.xml -nt "$out/classpath.txt" ]; then
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt"
fi
cp="target/classes:$(cat "$out/classpath.txt")"
javac --release 17 -nowarn -cp "$cp" -d "$out/classes" bench/ledger/*.java bench/lib/Harness.java bench/lib/Latencies.java

jfr=()
[ "${BENCH_JFR:-0}" = 1 ] && jfr=("-XX:StartFlightRecording=filename=$out/ledger.jfr,settings=profile")
exec java -Xms4g -Xmx4g "${jfr[@]}" -cp "$out/classes:$cp" LedgerBench out="$out" "$@"
