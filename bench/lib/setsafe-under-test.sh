# Sourced by the benchmarks that load SetSafe running as its own process on PostgreSQL (custody, reporting,
# escalation): builds the jar when the sources are newer, compiles the benchmark's own client, drops and
# recreates its schema, starts `java -jar target/setsafe.jar` with demo data on a free port, waits until it is
# ready, and stops it (and removes its data directory) when the script exits.
#
#   start_setsafe NAME MAIN_CLASS [extra SetSafe arguments...]
#
# NAME is the folder under bench/ (its *.java are the client, its results/ the output), MAIN_CLASS the client's
# class, which answers `free-port` and `drop-schema=S`. Sets: out, schema, db, pgjdbc, port, pid.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, database test, user postgres).

start_setsafe() {
  local name=$1 main=$2
  shift 2
  out=bench/$name/results
  schema=setsafe_${name}_bench
  schema=${BENCH_SCHEMA:-$schema}
  db=jdbc:postgresql://127.0.0.1:5432/test
  mkdir -p "$out/classes"

  if [ ! -f target/setsafe.jar ] || [ -n "$(find src/main pom.xml -newer target/setsafe.jar -print -quit)" ]; then
    ./mvnw -q -B -ntp -DskipTests package
  fi
  if [ ! -f "$out/classpath.txt" ] || [ pom.xml -nt "$out/classpath.txt" ]; then
    ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt"
  fi
  # Only the PostgreSQL driver: the load clients talk to SetSafe over HTTP with the JDK's own client.
  pgjdbc=$(tr ':' '\n' <"$out/classpath.txt" | grep '/postgresql-[0-9][^/]*\.jar$' | head -1)
  [ -n "$pgjdbc" ] || { echo "no PostgreSQL driver on the runtime classpath" >&2; exit 1; }
  # With what every client shares (bench/lib/*.java).
  javac --release 17 -nowarn -d "$out/classes" "bench/$name"/*.java bench/lib/*.java

  data=$(mktemp -d)
  pid=
  trap stop_setsafe EXIT
  trap 'exit 130' INT TERM

  port=$(java -cp "$out/classes" "$main" free-port)
  java -cp "$out/classes:$pgjdbc" "$main" drop-schema="$schema"
  local jfr=()
  [ "${BENCH_JFR:-0}" = 1 ] && jfr=("-XX:StartFlightRecording=filename=$out/$name.jfr,settings=profile")
  java "${jfr[@]}" -jar target/setsafe.jar \
    --server.address=127.0.0.1 --server.port="$port" \
    --spring.profiles.active=postgres \
    --spring.datasource.url="$db?currentSchema=$schema" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --spring.flyway.schemas="$schema" --spring.flyway.default-schema="$schema" --spring.flyway.create-schemas=true \
    --setsafe.data-dir="$data/data" --setsafe.ledger.key-dir="$data/ledger-keys" \
    --setsafe.demo.enabled=true --setsafe.demo.password="$name-bench-demo-password" \
    --setsafe.demo.background=false \
    "$@" \
    >"$out/setsafe.log" 2>&1 &
  pid=$!
  echo "  ... SetSafe (pid $pid) starting on port $port; log in $out/setsafe.log"
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "SetSafe exited before it was ready; see $out/setsafe.log" >&2; tail -30 "$out/setsafe.log" >&2; exit 1; }
    sleep 0.25
  done
}

stop_setsafe() {
  if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "${data:-}"
}
