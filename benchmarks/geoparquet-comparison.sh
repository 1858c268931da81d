#!/usr/bin/env bash
# Converts the same ACLED file (the real rows of the largest export in ../shared/data/acled, grown to 300,000 rows by
# default) with the sahel-events tool to a GeoJSON FeatureCollection and to GeoParquet (`convert in.csv out.parquet`:
# typed columns, WKB points, ZSTD), RUNS times each (5 by default), alternating, with pending writes flushed before
# each run, and prints every wall-clock time and user CPU time, the median of each, the ratio of the medians and the
# sizes of the files. The goal (issue 21): GeoParquet at least as fast as GeoJSON and at most a fifth of its size.
# The tool runs through its launcher, cli/target/sahel-events (TOOL="java -jar cli/target/sahel-events.jar" runs the
# jar instead).
# Usage: benchmarks/geoparquet-comparison.sh [ROWS [RUNS]]; needs `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-300000}"
runs="${2:-5}"
acled="${SAHELEVENTS_SHARED:-../shared}/data/acled"
read -r -a tool <<< "${TOOL:-cli/target/sahel-events}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(date -u '+%F %H:%M') UTC; tool: ${tool[*]}"
python3 benchmarks/grow-acled.py "$acled" "$rows" "$work/in.csv"
echo "input: $rows rows, $(du -h "$work/in.csv" | cut -f1)"

# Converts to out.EXTENSION; prints "wall-seconds user-seconds".
convert() {
  rm -f "$work/out.$1"
  sync
  /usr/bin/time -f "%e %U" -o "$work/time" "${tool[@]}" convert "$work/in.csv" "$work/out.$1" > /dev/null 2>&1
  cat "$work/time"
}
median() {
  printf '%s\n' "$@" | sort -n \
    | awk '{ r[NR] = $1 } END { if (NR % 2) print r[(NR + 1) / 2]; else printf "%.2f", (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
}
geojson=()
parquet=()
geojson_cpu=()
parquet_cpu=()
for run in $(seq "$runs"); do
  read -r g gu <<< "$(convert geojson)"
  read -r p pu <<< "$(convert parquet)"
  geojson+=("$g")
  parquet+=("$p")
  geojson_cpu+=("$gu")
  parquet_cpu+=("$pu")
  echo "run $run: GeoJSON ${g} s (${gu} s CPU), GeoParquet ${p} s (${pu} s CPU)"
done
mg=$(median "${geojson[@]}")
mp=$(median "${parquet[@]}")
echo "median: GeoJSON ${mg} s ($(median "${geojson_cpu[@]}") s CPU), GeoParquet ${mp} s ($(median "${parquet_cpu[@]}") s" \
  "CPU); GeoParquet takes $(awk "BEGIN { printf \"%.2f\", $mp / $mg }")x the time"
sg=$(stat -c %s "$work/out.geojson")
sp=$(stat -c %s "$work/out.parquet")
echo "size: GeoJSON $sg bytes, GeoParquet $sp bytes; GeoParquet is $(awk "BEGIN { printf \"%.3f\", $sp / $sg }") of the size"
