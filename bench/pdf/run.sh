#!/usr/bin/env bash
# Call sheet print time: each JVM prints the same sheet [prints] times and reports the first print (fonts read from
# the application) and the median of the rest, in ms. BENCH_COMPARE_CLASSES=dir (compiled classes of another build,
# e.g. the previous version's target/classes) is measured too, the two interleaved [rounds] times so that a busy
# machine slows them alike; the ratio is this build's median over that one's.
# Usage: bench/pdf/run.sh [prints] [rounds]   (after ./mvnw -o -q compile)
set -euo pipefail
cd "$(dirname "$0")/../.."
prints=${1:-40}
rounds=${2:-3}
out=bench/pdf/results
mkdir -p "$out"
[ -f "$out/classpath.txt" ] || ./mvnw -o -B -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt"
deps=$(cat "$out/classpath.txt")
javac -proc:none -cp "target/classes:$deps" -d "$out" bench/pdf/CallSheetPrintBench.java
run() { java -cp "$out:$1:$deps" CallSheetPrintBench "$prints"; }
compare=${BENCH_COMPARE_CLASSES:-}
for r in $(seq "$rounds"); do
  if [ -n "$compare" ]; then echo "compare $(run "$compare")"; fi
  echo "this $(run target/classes)"
done | tee "$out/last.txt"
awk '{ first[$1] = first[$1] " " $2; med[$1] = med[$1] " " $3 }
  END { for (k in med) print k ": first prints (ms)" first[k] "; median of the rest (ms)" med[k] }' "$out/last.txt"
