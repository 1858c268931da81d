#!/usr/bin/env bash
# Converts the same generated ACLED file (300,000 rows by default) to GeoJSON with the sahel-events tool (reading,
# ACLED consistency checks and RFC 7946 writing included) and with GDAL's ogr2ogr (when installed), RUNS times each
# (3 by default), alternating, and prints every wall-clock time, the ratio of each pair and the median ratio.
# Usage: benchmarks/ogr2ogr-comparison.sh [ROWS [RUNS]]; needs `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-300000}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source benchmarks/timing.sh
generate_input "$rows" "$work/in.csv"
ours() {
  rm -f "$work/ours.geojson"
  seconds java -jar cli/target/sahel-events.jar convert "$work/in.csv" "$work/ours.geojson"
}
if ! command -v ogr2ogr > /dev/null; then
  echo "sahel-events: $(ours) s, $(du -h "$work/ours.geojson" | cut -f1)"
  echo "ogr2ogr not installed (Debian: gdal-bin): no comparison"
  exit 0
fi
echo "ogr2ogr: $(ogr2ogr --version | cut -d, -f1)"
ratios=()
for run in $(seq "$runs"); do
  mine=$(ours)
  rm -f "$work/gdal.geojson"
  gdal=$(seconds ogr2ogr -f GeoJSON "$work/gdal.geojson" "$work/in.csv" -oo X_POSSIBLE_NAMES=longitude \
    -oo Y_POSSIBLE_NAMES=latitude -oo KEEP_GEOM_COLUMNS=NO)
  ratio=$(awk "BEGIN { printf \"%.2f\", $gdal / $mine }")
  ratios+=("$ratio")
  echo "run $run: sahel-events ${mine} s, ogr2ogr ${gdal} s, ratio ${ratio}"
done
echo "output: sahel-events $(du -h "$work/ours.geojson" | cut -f1), ogr2ogr $(du -h "$work/gdal.geojson" | cut -f1)"
median=$(printf '%s\n' "${ratios[@]}" | sort -n \
  | awk '{ r[NR] = $1 } END { if (NR % 2) print r[(NR + 1) / 2]; else printf "%.2f", (r[NR / 2] + r[NR / 2 + 1]) / 2 }')
echo "median ratio: sahel-events is ${median}x the speed of ogr2ogr"
