#!/usr/bin/env bash
# Start-up benchmark, each figure a median over [runs] and a ratio to a baseline measured in the same run, the
# variants interleaved so that a busy machine slows them alike:
#  - server: time from starting the JVM to the readiness probe answering UP, and resident memory once ready, for
#    SetSafe with demo data on the embedded H2 database; baseline the JDK's bare HTTP server (Baseline.java).
#    Started two ways: bin/setsafe (class-data-sharing archive, memory defaults) and plain `java -jar`. Also when the
#    demo's seeding, which runs just after ready, is done ("demo seeded at").
#  - CLI: wall time of `user list` on the demo database (a command that needs the database), both ways; baseline a
#    bare JVM listing the same accounts over plain JDBC (BaselineList.java).
# BENCH_COMPARE_JAR=path measures that jar too with `java -jar` (e.g. the previous version), for a before/after.
# Usage: bench/startup/run.sh [runs]   (BENCH_PORT, default 18080)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
out=bench/startup/results
mkdir -p "$out"
[ -f target/setsafe.jar ] || ./mvnw -B -q -DskipTests package
javac -d "$out" bench/startup/Baseline.java bench/startup/BaselineList.java
compare=${BENCH_COMPARE_JAR:-}

now_ms() { date +%s%3N; }

# Starts a server command, waits for readiness, prints "<ms to ready> <RSS kB> <ms to demo seeded>", stops it. The
# demo is seeded just after ready (before it by versions before that change, and with setsafe.demo.background=false):
# the third figure is when its log says so (the same as ready for the baseline, which has no demo).
measure() {
  local start pid ms rss seeded
  start=$(now_ms)
  "$@" >"$out/last.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "process died; see $out/last.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( $(now_ms) - start ))
  # bin/setsafe execs java, so the pid is the JVM's either way.
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  seeded=$ms
  if [ "$1" != java ] || [ "${2:-}" != -cp ]; then
    until grep -q 'demo seeded in\|demo already seeded' "$out/last.log"; do
      kill -0 "$pid" 2>/dev/null || { echo "process died; see $out/last.log" >&2; exit 1; }
      sleep 0.05
    done
    seeded=$(( $(now_ms) - start ))
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms $rss $seeded"
}

# Runs a command to its end, prints "<ms>"; fails if it does.
timed() {
  local start
  start=$(now_ms)
  "$@" >"$out/last.log" 2>&1 || { echo "command failed: $*; see $out/last.log" >&2; exit 1; }
  echo $(( $(now_ms) - start ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

variants=(baseline cds jar)
[ -n "$compare" ] && variants+=(compare)
for v in "${variants[@]}"; do : >"$out/server-$v.txt"; : >"$out/cli-$v.txt"; done

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
unzip -q -o -j target/setsafe.jar 'BOOT-INF/lib/h2-*.jar' -d "$out"
h2=$(ls "$out"/h2-*.jar | head -1)
url="jdbc:h2:file:$data/cli/setsafe;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

server() {
  local v=$1 d
  d=$(mktemp -d)
  local args=(--server.port="$port" --setsafe.data-dir="$d" --setsafe.demo.enabled=true)
  case $v in
    baseline) measure java -cp "$out" Baseline "$port" ;;
    cds) measure bin/setsafe "${args[@]}" ;;
    jar) measure java -jar target/setsafe.jar "${args[@]}" ;;
    compare) measure java -jar "$compare" "${args[@]}" ;;
  esac
  rm -rf "$d"
}

cli() {
  case $1 in
    baseline) timed java -cp "$out:$h2" BaselineList "$url" ;;
    cds) SETSAFE_DATA_DIR="$data/cli" timed bin/setsafe user list ;;
    jar) SETSAFE_DATA_DIR="$data/cli" timed java -jar target/setsafe.jar user list ;;
    compare) SETSAFE_DATA_DIR="$data/cli" timed java -jar "$compare" user list ;;
  esac
}

# Untimed: the CLI's database, SetSafe with demo data started once and stopped; and, as on an installation's first
# start with bin/setsafe, the class-data-sharing archive made once for this jar.
measure bin/setsafe --server.port="$port" --setsafe.data-dir="$data/cli" --setsafe.demo.enabled=true \
  --setsafe.demo.background=false >/dev/null

for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    server "$v" >>"$out/server-$v.txt"
    cli "$v" >>"$out/cli-$v.txt"
  done
done

col() { cut -d' ' -f"$2" "$out/$1.txt" | median; }
{
  echo "start-up, median of $runs interleaved runs on $(nproc) cores ($(date -u +%F), load average $(cut -d' ' -f1-3 /proc/loadavg))"
  b_ms=$(col server-baseline 1); b_rss=$(col server-baseline 2); c_ms=$(col cli-baseline 1)
  printf '  %-34s %7d ms to ready %8d kB RSS   user list %6d ms\n' "baseline (JDK HTTP server / JDBC)" \
    "$b_ms" "$b_rss" "$c_ms"
  for v in "${variants[@]:1}"; do
    case $v in
      cds) name="SetSafe, bin/setsafe (CDS)" ;; jar) name="SetSafe, java -jar" ;; compare) name="compared jar, java -jar" ;;
    esac
    s_ms=$(col "server-$v" 1); s_rss=$(col "server-$v" 2); l_ms=$(col "cli-$v" 1); d_ms=$(col "server-$v" 3)
    printf '  %-34s %7d ms to ready %8d kB RSS   user list %6d ms   demo seeded at %6d ms\n' "$name" "$s_ms" \
      "$s_rss" "$l_ms" "$d_ms"
    awk -v a="$s_ms" -v b="$b_ms" -v c="$s_rss" -v d="$b_rss" -v e="$l_ms" -v f="$c_ms" \
      'BEGIN {printf "  %-34s ratio to baseline: start-up %.1fx, memory %.1fx, user list %.1fx\n", "", a/b, c/d, e/f}'
  done
} | tee "$out/summary.txt"
