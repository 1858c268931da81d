#!/usr/bin/env bash
# Converts the same generated ACLED file (300,000 rows by default) with the sahel-events tool to GeoJSON and to
# GeoParquet (`convert in.csv out.parquet`: typed columns, WKB points, ZSTD), RUNS times each (3 by default),
# alternating, and prints every wall-clock time, the median of each, the ratio of the medians and the sizes of the
# files. The goal (issue 21): GeoParquet at least as fast as GeoJSON and at most a fifth of its size. Usage: benchmarks/geoparquet-comparison.sh [ROWS [RUNS]]; needs
# `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-300000}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source benchmarks/timing.sh
generate_input "$rows" "$work/in.csv"
convert() {
  rm -f "$work/out.$1"
  seconds java -jar cli/target/sahel-events.jar convert "$work/in.csv" "$work/out.$1"
}
median() {
  printf '%s\n' "$@" | sort -n \
    | awk '{ r[NR] = $1 } END { if (NR % 2) print r[(NR + 1) / 2]; else printf "%.2f", (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
}
geojson=()
parquet=()
for run in $(seq "$runs"); do
  g=$(convert geojson)
  p=$(convert parquet)
  geojson+=("$g")
  parquet+=("$p")
  echo "run $run: GeoJSON ${g} s, GeoParquet ${p} s"
done
mg=$(median "${geojson[@]}")
mp=$(median "${parquet[@]}")
sg=$(stat -c %s "$work/out.geojson")
sp=$(stat -c %s "$work/out.parquet")
echo "median: GeoJSON ${mg} s, GeoParquet ${mp} s; GeoParquet takes $(awk "BEGIN { printf \"%.2f\", $mp / $mg }")x the time"
echo "size: GeoJSON $sg bytes, GeoParquet $sp bytes; GeoParquet is $(awk "BEGIN { printf \"%.3f\", $sp / $sg }") of the size"
