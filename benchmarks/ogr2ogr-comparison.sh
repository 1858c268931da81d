#!/usr/bin/env bash
# Converts the same generated ACLED file (300,000 rows by default) to GeoJSON with the sahel-events tool (reading,
# ACLED consistency checks and RFC 7946 writing included) and with GDAL's ogr2ogr (when installed), and prints both
# wall-clock times and their ratio. Usage: benchmarks/ogr2ogr-comparison.sh [ROWS]; needs `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-300000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp benchmarks/target/benchmarks.jar org.sahelevents.benchmarks.AcledFileGenerator "$rows" "$work/in.csv"
echo "input: $rows rows, $(du -h "$work/in.csv" | cut -f1); $(nproc) cores; $(java -version 2>&1 | head -1)"
seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null 2>&1; end=$(date +%s.%N); awk "BEGIN { printf \"%.2f\", $end - $start }"; }
ours=$(seconds java -jar cli/target/sahel-events.jar convert "$work/in.csv" "$work/ours.geojson")
echo "sahel-events: ${ours} s, $(du -h "$work/ours.geojson" | cut -f1)"
if ! command -v ogr2ogr > /dev/null; then
  echo "ogr2ogr not installed (Debian: gdal-bin): no comparison"
  exit 0
fi
gdal=$(seconds ogr2ogr -f GeoJSON "$work/gdal.geojson" "$work/in.csv" -oo X_POSSIBLE_NAMES=longitude \
  -oo Y_POSSIBLE_NAMES=latitude -oo KEEP_GEOM_COLUMNS=NO)
echo "ogr2ogr ($(ogr2ogr --version | cut -d, -f1)): ${gdal} s, $(du -h "$work/gdal.geojson" | cut -f1)"
echo "ratio: sahel-events is $(awk "BEGIN { printf \"%.2f\", $gdal / $ours }")x the speed of ogr2ogr"
