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
out=bench/reporting/results
schema=${BENCH_SCHEMA:-setsafe_reporting_bench}
db=jdbc:postgresql://127.0.0.1:5432/test
mkdir -p "$out/classes"

if [ ! -f target/setsafe.jar ] || [ -n "$(find src/main pom.xml -newer target/setsafe.jar -print -quit)" ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
if [ ! -f "$out/classpath.txt" ] || [ pom.xml -nt "$out/classpath.txt" ]; then
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt"
fi
# Only the PostgreSQL driver: the load client talks to SetSafe over HTTP with the JDK's own client.
pgjdbc=$(tr ':' '\n' <"$out/classpath.txt" | grep '/postgresql-[0-9][^/]*\.jar$' | head -1)
[ -n "$pgjdbc" ] || { echo "no PostgreSQL driver on the runtime classpath" >&2; exit 1; }
javac --release 17 -nowarn -d "$out/classes" bench/reporting/*.java

data=$(mktemp -d)
pid=
stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap stop EXIT
trap 'exit 130' INT TERM

port=$(java -cp "$out/classes" ReportingBench free-port)
java -cp "$out/classes:$pgjdbc" ReportingBench drop-schema="$schema"
jfr=()
[ "${BENCH_JFR:-0}" = 1 ] && jfr=("-XX:StartFlightRecording=filename=$out/reporting.jfr,settings=profile")
java "${jfr[@]}" -jar target/setsafe.jar \
  --server.address=127.0.0.1 --server.port="$port" \
  --spring.profiles.active=postgres \
  --spring.datasource.url="$db?currentSchema=$schema" \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --spring.flyway.schemas="$schema" --spring.flyway.default-schema="$schema" --spring.flyway.create-schemas=true \
  --setsafe.data-dir="$data/data" --setsafe.ledger.key-dir="$data/ledger-keys" \
  --setsafe.demo.enabled=true --setsafe.demo.password=reporting-bench-demo-password \
  >"$out/setsafe.log" 2>&1 &
pid=$!
echo "  ... SetSafe (pid $pid) starting on port $port; log in $out/setsafe.log"
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "SetSafe exited before it was ready; see $out/setsafe.log" >&2; tail -30 "$out/setsafe.log" >&2; exit 1; }
  sleep 0.25
done

java -cp "$out/classes:$pgjdbc" ReportingBench url="http://127.0.0.1:$port" schema="$schema" out="$out" "$@"
