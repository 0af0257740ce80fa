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
out=bench/escalation/results
schema=setsafe_escalation_bench
db=jdbc:postgresql://127.0.0.1:5432/test
mkdir -p "$out/classes"

if [ ! -f target/setsafe.jar ] || [ -n "$(find src/main pom.xml -newer target/setsafe.jar -print -quit)" ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
if [ ! -f "$out/classpath.txt" ] || [ pom.xml -nt "$out/classpath.txt" ]; then
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt"
fi
pgjdbc=$(tr ':' '\n' <"$out/classpath.txt" | grep '/postgresql-[0-9][^/]*\.jar$' | head -1)
[ -n "$pgjdbc" ] || { echo "no PostgreSQL driver on the runtime classpath" >&2; exit 1; }
javac --release 17 -nowarn -d "$out/classes" bench/escalation/*.java

poll=2
for arg in "$@"; do case "$arg" in poll=*) poll="${arg#poll=}" ;; esac; done

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

port=$(java -cp "$out/classes" EscalationBench free-port)
java -cp "$out/classes:$pgjdbc" EscalationBench drop-schema="$schema"
java -jar target/setsafe.jar \
  --server.address=127.0.0.1 --server.port="$port" \
  --spring.profiles.active=postgres \
  --spring.datasource.url="$db?currentSchema=$schema" \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --spring.flyway.schemas="$schema" --spring.flyway.default-schema="$schema" --spring.flyway.create-schemas=true \
  --setsafe.data-dir="$data/data" --setsafe.ledger.key-dir="$data/ledger-keys" \
  --setsafe.demo.enabled=true --setsafe.demo.password=escalation-bench-demo-password \
  --db-scheduler.polling-interval="${poll}s" \
  >"$out/setsafe.log" 2>&1 &
pid=$!
echo "  ... SetSafe (pid $pid) starting on port $port; log in $out/setsafe.log"
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "SetSafe exited before it was ready; see $out/setsafe.log" >&2; tail -30 "$out/setsafe.log" >&2; exit 1; }
  sleep 0.25
done

java -cp "$out/classes:$pgjdbc" EscalationBench schema="$schema" out="$out" "$@"
