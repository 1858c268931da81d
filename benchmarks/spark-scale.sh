#!/usr/bin/env bash
# The Spark jobs against the single-machine tool on the same rows: grows the real ACLED exports' rows to ROWS (new
# event ids, every other cell as ACLED wrote it), then times the tool's `convert` and `corridor` on one file, and
# ConvertJob and CorridorJob on the same rows split into FILES files at 1 and 2 cores (local[1], local[2]): Spark
# reads a file whole, in one task, so one file would keep one core busy. Prints wall-clock and CPU seconds and rows
# per second of each for each run, a job's start-up (JVM and Spark session, a few seconds) included,
# and each run's count line.
# Usage: benchmarks/spark-scale.sh [ROWS [FILES]] (default 3000000 rows, 8 files); needs
# `mvn -B -q -DskipTests package -pl cli,spark,benchmarks -am` and the real exports in ../shared/data/acled. The
# generated files stay in a temporary folder, deleted at the end. A run that fails stops the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-3000000}"
parts="${2:-8}"
acled="${SAHELEVENTS_SHARED:-../shared}/data/acled"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/split"
python3 benchmarks/grow-acled.py "$acled" "$rows" "$work/all.csv" "$work/split" "$parts"
echo "input: $(du -h "$work/all.csv" | cut -f1), $rows rows; split into $parts files"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1), $(date -u +%F)"

timed() {  # label, rows, command...; exit code 1 (rows rejected) is a run's normal end when it printed its counts
  local label="$1" n="$2"
  shift 2
  local rc=0
  /usr/bin/time -f "%e %U %S" -o "$work/last.time" "$@" >/dev/null 2>"$work/last.err" || rc=$?
  if [ $rc -ne 0 ] && ! { [ $rc -eq 1 ] && grep -q "rows read" "$work/last.err"; }; then
    echo "$label: failed with exit code $rc" >&2
    cat "$work/last.err" >&2
    exit 1
  fi
  # Wall-clock seconds, and the CPU seconds of all the run's threads (JIT and GC included), which vary less than
  # wall-clock time on a machine other work shares.
  tail -1 "$work/last.time" | awk -v l="$label" -v n="$n" '{printf "%-46s %7.1f s %8.0f rows/s %7.1f CPU s %8.0f rows/CPU s\n",
    l, $1, n / $1, $2 + $3, n / ($2 + $3)}'
  grep "rows read" "$work/last.err" | tail -1 | sed 's/^/    /'
}

# A first job on the smallest export resolves the Spark class path (once) and checks that the jobs run, untimed.
spark/bin/run-local ConvertJob "$(ls -S "$acled"/*.csv | tail -1)" "$work/warm-up" >/dev/null 2>"$work/last.err" \
  || grep -q "rows read" "$work/last.err" || { cat "$work/last.err" >&2; exit 1; }

timed "tool convert (1 file, 1 thread)" "$rows" \
  java -jar cli/target/sahel-events.jar convert --lenient "$work/all.csv" "$work/tool.geojsons"
timed "tool corridor RN6 10 km (1 file, 1 thread)" "$rows" \
  java -jar cli/target/sahel-events.jar corridor --route RN6 --half-width-km 10 "$work/all.csv" "$work/tool-rn6.geojsons"
rm -f "$work"/tool*.geojsons
jobs() {  # cores
  local cores="$1" files=("$work"/split/*.csv)
  rm -rf "$work/out"
  SPARK_CORES=$cores SPARK_MEMORY=4g timed "ConvertJob local[$cores] (${#files[@]} files)" "$rows" \
    spark/bin/run-local ConvertJob "${files[@]}" "$work/out"
  rm -rf "$work/out"
  SPARK_CORES=$cores SPARK_MEMORY=4g timed "CorridorJob RN6 10 km local[$cores] (${#files[@]} files)" "$rows" \
    spark/bin/run-local CorridorJob --route RN6 --half-width-km 10 "${files[@]}" "$work/out"
  rm -rf "$work/out"
}
# Two cores first: the shorter runs.
jobs 2
jobs 1
