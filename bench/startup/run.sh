#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to the readiness probe answering UP, and resident memory
# once ready, for SetSafe with demo data on the embedded H2 database; each as a ratio to a baseline
# measured in the same run (the JDK's bare HTTP server, Baseline.java). Usage: bench/startup/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
port=18080
out=bench/startup/results
mkdir -p "$out"
[ -f target/setsafe.jar ] || ./mvnw -B -q -DskipTests package
javac -d "$out" bench/startup/Baseline.java

now_ms() { date +%s%3N; }

# Starts a command, waits for readiness, prints "<ms to ready> <RSS kB>", stops it.
measure() {
  local start pid ms rss
  start=$(now_ms)
  "$@" >"$out/last.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "process died; see $out/last.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( $(now_ms) - start ))
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

: >"$out/baseline.txt"; : >"$out/setsafe.txt"
for i in $(seq 1 "$runs"); do
  measure java -cp "$out" Baseline "$port" >>"$out/baseline.txt"
  data=$(mktemp -d)
  measure java -jar target/setsafe.jar --server.port=$port --setsafe.data-dir="$data" \
    --setsafe.demo.enabled=true >>"$out/setsafe.txt"
  rm -rf "$data"
done

b_ms=$(cut -d' ' -f1 "$out/baseline.txt" | median); b_rss=$(cut -d' ' -f2 "$out/baseline.txt" | median)
s_ms=$(cut -d' ' -f1 "$out/setsafe.txt" | median); s_rss=$(cut -d' ' -f2 "$out/setsafe.txt" | median)
{
  echo "start-up to ready, median of $runs runs on $(nproc) cores ($(date -u +%F))"
  printf '  baseline (JDK HTTP server): %6d ms  %7d kB RSS\n' "$b_ms" "$b_rss"
  printf '  SetSafe (H2, demo data):    %6d ms  %7d kB RSS\n' "$s_ms" "$s_rss"
  awk -v a="$s_ms" -v b="$b_ms" -v c="$s_rss" -v d="$b_rss" \
    'BEGIN {printf "  ratio to baseline: time %.1fx, memory %.1fx\n", a/b, c/d}'
} | tee "$out/summary.txt"
